import { runExecution } from './engine/run-execution';
import { validateDefinition } from './engine/validate-definition';
import { createHandlerInvoker } from './handlers/create-handler-invoker';
import { startEmulatorServer, type EmulatorOptions, type RunningEmulator } from './start-emulator-server';

export type { EmulatorOptions, RunningEmulator } from './start-emulator-server';
export { PortInUseError } from './start-emulator-server';
export { DataDirInUseError } from './store/lock-data-dir';

/**
 * Starts the embedded Step Functions emulator: the AWS JSON 1.0 API on http://host:port, data in SQLite
 * under `dataDir`, Lambda tasks run by the handlers in `handlersDir`.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  return startEmulatorServer(options, { runExecution, validateDefinition }, (logs) =>
    createHandlerInvoker({ handlersDir: options.handlersDir, lambdaLogs: logs.lambda }),
  );
}

import { createRequire } from 'node:module';
import { startServerScript, type EmulatorProcess } from './start-emulator-process';

/** Whether the `stepfunctions-local` devDependency is installed (benches skip the peer without it). */
export function hasStepFunctionsLocal(): boolean {
  try {
    createRequire(import.meta.url).resolve('stepfunctions-local/package.json');
    return true;
  } catch {
    return false;
  }
}

/** The npm `stepfunctions-local` 1.3.1 server in its own process, on loopback and a free port. */
export function startStepFunctionsLocal(): Promise<EmulatorProcess> {
  // It prints a deprecation notice of its bundled AWS SDK v2 on every start.
  return startServerScript(new URL('./stepfunctions-local-on-loopback.mjs', import.meta.url), 'stepfunctions-local', {
    AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE: '1',
    NODE_NO_WARNINGS: '1',
  });
}

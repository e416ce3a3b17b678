import path from 'node:path';
import { numberFlag, parseArgs } from '../shared/parse-args';
import { enableTypeScriptHandlers } from '../shared/enable-typescript-handlers';

const FLAGS = {
  port: 'string',
  host: 'string',
  data: 'string',
  handlers: 'string',
  'time-scale': 'string',
  'throttle-rate': 'string',
  'throttle-burst': 'string',
  'history-retention-days': 'string',
} as const;

/**
 * `statescope emulator`: serves the Step Functions API until SIGINT or SIGTERM, then closes the
 * database cleanly. Exit code 1 when the port is taken.
 */
export async function runEmulatorCommand(argv: string[]): Promise<number> {
  const { flags, positionals } = parseArgs(argv, FLAGS);
  if (positionals.length > 0) throw new Error(`unexpected argument '${positionals[0]}'`);
  const port = numberFlag(flags, 'port', 8083);
  if (!Number.isInteger(port) || port > 65_535) throw new Error(`option --port must be a port number, got '${String(flags.port)}'`);
  const timeScale = numberFlag(flags, 'time-scale', 1);
  const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
  const dataDir = path.resolve(typeof flags.data === 'string' ? flags.data : path.join('.statescope', 'emulator'));
  const handlersDir = typeof flags.handlers === 'string' ? path.resolve(flags.handlers) : undefined;
  // Every API action gets its own bucket, answering ThrottlingException as AWS does when it is empty.
  const throttleRate = numberFlag(flags, 'throttle-rate', 0);
  // Read even without a rate, so that a bad --throttle-burst is refused rather than ignored.
  const throttleBurst = numberFlag(flags, 'throttle-burst', throttleRate, 1);
  // Like AWS's 90 days for Standard executions: closed executions older than this are dropped.
  const retentionRaw = flags['history-retention-days'];
  const historyRetentionDays = typeof retentionRaw === 'string' ? Number(retentionRaw) : undefined;
  if (historyRetentionDays !== undefined && !(Number.isFinite(historyRetentionDays) && historyRetentionDays > 0)) {
    throw new Error(`option --history-retention-days must be a number of days above 0, got '${String(retentionRaw)}'`);
  }
  const throttle = throttleRate > 0 ? { '*': { refillPerSecond: throttleRate, bucket: throttleBurst } } : undefined;

  // Loaded here so that a bad flag is reported without loading the engine.
  await enableTypeScriptHandlers();
  const { startEmulator, PortInUseError, DataDirInUseError } = await import('../../emulator/start-emulator');
  let emulator;
  try {
    emulator = await startEmulator({ port, host, dataDir, handlersDir, timeScale, throttle, historyRetentionDays });
  } catch (error) {
    if (error instanceof PortInUseError || error instanceof DataDirInUseError) {
      console.error(`statescope emulator: ${error.message}`);
      return 1;
    }
    throw error;
  }

  console.log(
    [
      `Step Functions emulator listening on ${emulator.url}`,
      `  data:     ${dataDir}`,
      `  handlers: ${handlersDir ? `${handlersDir}, then the built-in seed handlers` : 'the built-in seed handlers (add your own with --handlers DIR)'}`,
      `  time:     ${timeScale === 1 ? 'real time' : `x${timeScale} (Wait states and retry back-offs scaled)`}`,
      ...(historyRetentionDays !== undefined
        ? [`  history:  closed Standard executions dropped ${historyRetentionDays} days after they stop (as AWS does after 90)`]
        : []),
      ...(throttle
        ? [`  throttle: ${throttle['*'].refillPerSecond} calls/s per API action, burst ${throttle['*'].bucket} (then ThrottlingException)`]
        : []),
      '',
      'Point the AWS SDK or CLI at it:',
      `  export AWS_ENDPOINT_URL=${emulator.url} AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test`,
      `  aws stepfunctions list-state-machines --endpoint-url ${emulator.url}`,
      `  new SFNClient({ endpoint: '${emulator.url}', region: 'us-east-1' })`,
      '',
      'Press Ctrl+C to stop.',
    ].join('\n'),
  );

  const running = emulator;
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  console.log(`\nReceived ${signal}, stopping the emulator…`);
  await running.close();
  return 0;
}

/**
 * Child process of the kill -9 test: runs the emulator (real engine) on the data folder in argv[2] and
 * starts executions through its own HTTP API as fast as it can, several at a time, until it is killed.
 * Prints "ready" once executions are flowing.
 */
import { startEmulator } from '../../../lib/emulator/start-emulator';

const ROLE_ARN = 'arn:aws:iam::123456789012:role/DummyRole';
const MACHINES = {
  quick: { StartAt: 'A', States: { A: { Type: 'Pass', Result: { ok: true }, Next: 'B' }, B: { Type: 'Pass', End: true } } },
  slow: { StartAt: 'Nap', States: { Nap: { Type: 'Wait', Seconds: 5, Next: 'Done' }, Done: { Type: 'Succeed' } } },
};

const emulator = await startEmulator({ port: 0, dataDir: process.argv[2], timeScale: 0.1 });

async function call(operation: string, body: object): Promise<Record<string, unknown>> {
  const response = await fetch(emulator.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': `AWSStepFunctions.${operation}` },
    body: JSON.stringify(body),
  });
  return (await response.json()) as Record<string, unknown>;
}

const arns: string[] = [];
for (const [name, definition] of Object.entries(MACHINES)) {
  const created = await call('CreateStateMachine', { name, definition: JSON.stringify(definition), roleArn: ROLE_ARN });
  arns.push(String(created.stateMachineArn));
}

let started = 0;
async function worker(): Promise<never> {
  for (;;) {
    await call('StartExecution', { stateMachineArn: arns[started % arns.length], input: JSON.stringify({ n: started }) });
    if (++started === 20) process.stdout.write('ready\n');
  }
}
await Promise.all(Array.from({ length: 8 }, () => worker()));

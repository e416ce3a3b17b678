import { SFNClient } from '@aws-sdk/client-sfn';
import { vi } from 'vitest';
import { getAwsClients } from '@/lib/aws/clients';
import { DUMMY_CREDENTIALS, setAwsEnv } from '../aws/aws-env';

/** Answers one command from its input: a value (the command's output), or a throw (an SDK error). */
export type FakeAnswer = (input: Record<string, unknown>) => unknown;

export interface FakeAwsCall {
  service: 'sfn' | 'logs';
  /** The command's name without `Command`, e.g. `DescribeExecution`. */
  command: string;
  input: Record<string, unknown>;
}

export interface FakeAws {
  calls: FakeAwsCall[];
  /** The inputs of every call of one command, in order. */
  inputsOf(command: string): Array<Record<string, unknown>>;
  restore(): void;
}

/** The endpoint the fake clients report (AWS_ENDPOINT_URL); nothing listens there. */
export const FAKE_ENDPOINT = 'http://127.0.0.1:4599';

/**
 * Points the adapter's shared clients (lib/aws/clients.ts) at a fake: the real SFNClient and
 * CloudWatchLogsClient are built (so the SDK paginators accept them and describeDataSource reads
 * their configuration), but `send` answers each command from `answers` by its name, and records it.
 * A command without an answer fails the test. Region us-east-1, endpoint FAKE_ENDPOINT.
 */
export function fakeAwsClients(answers: { sfn?: Record<string, FakeAnswer>; logs?: Record<string, FakeAnswer> }): FakeAws {
  const restoreEnv = setAwsEnv({ AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL: FAKE_ENDPOINT, ...DUMMY_CREDENTIALS });
  const calls: FakeAwsCall[] = [];
  const clients = getAwsClients();
  const answer = (service: 'sfn' | 'logs') => async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const name = command.constructor.name.replace(/Command$/, '');
    // The paginators reuse and change one input object: record a copy.
    calls.push({ service, command: name, input: { ...command.input } });
    const handler = answers[service]?.[name];
    if (!handler) throw new Error(`fakeAwsClients: no answer for ${service} ${name}`);
    return handler(command.input);
  };
  const sfnSpy = vi.spyOn(clients.sfn, 'send').mockImplementation(answer('sfn') as never);
  const logsSpy = vi.spyOn(clients.logs, 'send').mockImplementation(answer('logs') as never);
  return {
    calls,
    inputsOf: (command) => calls.filter((call) => call.command === command).map((call) => call.input),
    restore() {
      sfnSpy.mockRestore();
      logsSpy.mockRestore();
      restoreEnv();
    },
  };
}

/** An error shaped as the SDK throws a service error: `name` is the AWS error code. */
export function awsError(name: string, message = `${name} message`, httpStatusCode = 400): Error {
  return Object.assign(new Error(message), { name, $fault: httpStatusCode >= 500 ? 'server' : 'client', $metadata: { httpStatusCode } });
}

/** Pages of a token-paged API: answers page n for the token `page-n` (no token: page 0). */
export function pagedAnswer<T>(pages: T[], tokenField = 'nextToken'): FakeAnswer {
  return (input) => {
    const token = input[tokenField];
    const index = token === undefined ? 0 : Number(String(token).replace('page-', ''));
    const page = pages[index];
    if (page === undefined) throw new Error(`pagedAnswer: no page for token ${String(token)}`);
    return { ...page, ...(index + 1 < pages.length ? { [tokenField]: `page-${index + 1}` } : {}) };
  };
}

/**
 * A standalone SFNClient (for code that takes its client as an argument, like lib/demo) whose `send`
 * answers from `answers` by command name and records each call; a command without an answer fails.
 */
export function fakeSfnClient(answers: Record<string, FakeAnswer>): {
  client: SFNClient;
  calls: FakeAwsCall[];
  inputsOf(command: string): Array<Record<string, unknown>>;
} {
  const client = new SFNClient({ region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
  const calls: FakeAwsCall[] = [];
  vi.spyOn(client, 'send').mockImplementation((async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const name = command.constructor.name.replace(/Command$/, '');
    calls.push({ service: 'sfn', command: name, input: { ...command.input } });
    const handler = answers[name];
    if (!handler) throw new Error(`fakeSfnClient: no answer for ${name}`);
    return handler(command.input);
  }) as never);
  return { client, calls, inputsOf: (command) => calls.filter((call) => call.command === command).map((call) => call.input) };
}

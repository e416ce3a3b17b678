import { DescribeExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type * as Aws from '@/lib/aws';
import { countedCalls } from '../counted-calls';
import { createStateMachine, runExecution } from '../aws/test-emulator';

/** DescribeExecution calls made through the adapter, when a test file mocks it with `withCountedDescribeExecution`. */
export const describeExecutionCalls = { count: 0 };

/** For `vi.mock('@/lib/aws', …)`: the adapter, with its DescribeExecution calls counted in describeExecutionCalls. */
export async function withCountedDescribeExecution(importOriginal: <T>() => Promise<T>): Promise<typeof Aws> {
  const aws = await importOriginal<typeof Aws>();
  return { ...aws, describeExecution: countedCalls(aws.describeExecution, () => (describeExecutionCalls.count += 1)) };
}

/** Runs one execution of a new state machine to its end: its ARN, and when it stopped (what its page names as `?stopped=`). */
export async function runFinishedExecution(
  sfn: SFNClient,
  name: string,
  definition: object,
  input: object,
): Promise<{ executionArn: string; stoppedAtMs: number }> {
  const machine = await createStateMachine(sfn, name, definition);
  const executionArn = await runExecution(sfn, machine, `${name}-run`, input);
  const { stopDate } = await sfn.send(new DescribeExecutionCommand({ executionArn }));
  if (!stopDate) throw new Error(`${executionArn} has no stop date`);
  return { executionArn, stoppedAtMs: stopDate.getTime() };
}

type ExecutionRouteGet = (request: Request, context: { params: Promise<{ arn: string }> }) => Promise<Response>;

/** One request to an execution route's GET (`/executions/<arn>/<route>?<query>`), as Next.js calls it. */
export async function callExecutionRoute(
  get: ExecutionRouteGet,
  executionArn: string,
  route: string,
  query: string,
): Promise<{ status: number; cacheControl: string | null; body: unknown }> {
  const arn = encodeURIComponent(executionArn);
  const response = await get(new Request(`http://127.0.0.1/executions/${arn}/${route}?${query}`), { params: Promise.resolve({ arn }) });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as unknown };
}

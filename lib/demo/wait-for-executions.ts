import { DescribeExecutionCommand } from '@aws-sdk/client-sfn';
import type { SFNClient } from '@aws-sdk/client-sfn';

const POLL_INTERVAL_MS = 250;

/**
 * Polls DescribeExecution until none of the executions is RUNNING or the deadline passes.
 * Returns each execution's last seen status (RUNNING ones are those the deadline cut short).
 */
export async function waitForExecutions(
  client: SFNClient,
  executionArns: readonly string[],
  options: { timeoutMs: number; onProgress?: (remaining: number) => void },
): Promise<Map<string, string>> {
  const statuses = new Map<string, string>(executionArns.map((arn) => [arn, 'RUNNING']));
  const deadline = Date.now() + options.timeoutMs;
  let lastReported = -1;
  for (;;) {
    const pending = [...statuses].filter(([, status]) => status === 'RUNNING').map(([arn]) => arn);
    if (pending.length !== lastReported) {
      options.onProgress?.(pending.length);
      lastReported = pending.length;
    }
    if (pending.length === 0 || Date.now() > deadline) return statuses;
    await Promise.all(
      pending.map(async (executionArn) => {
        const described = await client.send(new DescribeExecutionCommand({ executionArn }));
        statuses.set(executionArn, described.status ?? 'RUNNING');
      }),
    );
    if ([...statuses.values()].some((status) => status === 'RUNNING')) {
      await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    }
  }
}

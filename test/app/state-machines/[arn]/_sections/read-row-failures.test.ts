import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readRowFailures } from '@/app/state-machines/[arn]/_sections/read-row-failures';
import { DataSourceError } from '@/lib/aws/errors';
import type { ExecutionDetail, ExecutionStatus, ExecutionSummary } from '@/lib/domain';
import type { FailureSummary } from '@/lib/execution-list/failure-summary';
import { execution } from '../../../../support/execution-list/execution';

// ListExecutions has no error or cause: the list describes its failed and timed-out rows, and only
// those. DescribeExecution is replaced by a fake answering from `details`.
// The histories are faked too: readFailureSummaries answers from `summaries` (none by default, as when
// no history can be read), so most cases here exercise the DescribeExecution fallback.
const fakes = vi.hoisted(() => ({
  describeExecution: vi.fn<(arn: string) => Promise<ExecutionDetail>>(),
  summaries: new Map<string, FailureSummary>(),
  summaryReads: [] as string[][],
}));
vi.mock('@/lib/aws/describe-execution', () => ({ describeExecution: fakes.describeExecution }));
vi.mock('@/lib/services', () => ({
  getSharedHistoryCache: () => undefined,
  readFailureSummaries: async (executions: readonly ExecutionSummary[]) => {
    fakes.summaryReads.push(executions.map((execution) => execution.arn));
    return new Map([...fakes.summaries].filter(([arn]) => executions.some((execution) => execution.arn === arn)));
  },
}));

const detailOf = (name: string, status: ExecutionStatus, failure: { error?: string; cause?: string }): ExecutionDetail => ({
  ...execution(name, status, 1, 1000),
  input: '{"secret":"not copied"}',
  ...failure,
});

beforeEach(() => {
  fakes.describeExecution.mockReset();
  fakes.summaries.clear();
  fakes.summaryReads.length = 0;
});

describe('readRowFailures', () => {
  it('describes nothing for an empty page', async () => {
    expect(await readRowFailures([])).toEqual({});
    expect(fakes.describeExecution).not.toHaveBeenCalled();
  });

  it('describes nothing when no row failed', async () => {
    const rows = (['RUNNING', 'SUCCEEDED', 'ABORTED', 'PENDING_REDRIVE'] as const).map((status) =>
      execution(status.toLowerCase(), status, 1),
    );
    expect(await readRowFailures(rows)).toEqual({});
    expect(fakes.describeExecution).not.toHaveBeenCalled();
  });

  it('gives each failed and timed-out row its error and cause, by execution ARN, and nothing else', async () => {
    const failed = execution('failed', 'FAILED', 2, 500);
    const timedOut = execution('timed-out', 'TIMED_OUT', 3, 60_000);
    const rows = [
      execution('ok', 'SUCCEEDED', 1, 100),
      failed,
      execution('stopped', 'ABORTED', 1, 100),
      timedOut,
      execution('running', 'RUNNING', 1),
    ];
    fakes.describeExecution.mockImplementation(async (arn) =>
      arn === failed.arn
        ? detailOf('failed', 'FAILED', { error: 'CarrierUnavailable', cause: 'no carrier accepts parcels to this address' })
        : detailOf('timed-out', 'TIMED_OUT', { error: 'States.Timeout' }),
    );
    const failures = await readRowFailures(rows);
    expect(failures).toStrictEqual({
      [failed.arn]: { error: 'CarrierUnavailable', cause: 'no carrier accepts parcels to this address' },
      [timedOut.arn]: { error: 'States.Timeout', cause: undefined },
    });
    expect(fakes.describeExecution.mock.calls.map(([arn]) => arn).sort()).toEqual([failed.arn, timedOut.arn].sort());
  });

  it('reads the histories of the failed and timed-out rows only, and uses their summaries over DescribeExecution', async () => {
    const declined = execution('declined', 'FAILED', 1, 10);
    const mismatch = execution('mismatch', 'FAILED', 1, 10);
    const unreadable = execution('unreadable', 'TIMED_OUT', 1, 10);
    const rows = [execution('ok', 'SUCCEEDED', 1, 10), declined, mismatch, unreadable];
    const summaryOf = (message: string): FailureSummary => ({
      error: 'PaymentVerificationFailed',
      cause: 'Payment verification failed.',
      failState: 'NotifyCustomerFailedPayment',
      causedBy: { state: 'VerifyPayment', error: 'PaymentVerificationFailed', message },
    });
    fakes.summaries.set(declined.arn, summaryOf('card declined'));
    fakes.summaries.set(mismatch.arn, summaryOf('amount mismatch'));
    fakes.describeExecution.mockResolvedValue(detailOf('unreadable', 'TIMED_OUT', { error: 'States.Timeout' }));
    expect(await readRowFailures(rows)).toStrictEqual({
      [declined.arn]: summaryOf('card declined'),
      [mismatch.arn]: summaryOf('amount mismatch'),
      [unreadable.arn]: { error: 'States.Timeout', cause: undefined },
    });
    expect(fakes.summaryReads).toEqual([[declined.arn, mismatch.arn, unreadable.arn]]);
    expect(fakes.describeExecution.mock.calls).toEqual([[unreadable.arn]]);
  });

  it('marks a row whose description fails at the data source as unavailable, keeping the others', async () => {
    const readable = execution('readable', 'FAILED', 1, 10);
    const throttled = execution('throttled', 'FAILED', 1, 10);
    fakes.describeExecution.mockImplementation(async (arn) => {
      if (arn === throttled.arn) throw new DataSourceError('throttled', 'Step Functions is throttling requests.', 'Wait.');
      return detailOf('readable', 'FAILED', { error: 'Boom', cause: 'because' });
    });
    expect(await readRowFailures([readable, throttled])).toEqual({
      [readable.arn]: { error: 'Boom', cause: 'because' },
      [throttled.arn]: 'unavailable',
    });
  });

  it('lets any other error fail the whole list: it is a bug', async () => {
    const bug = new TypeError('cannot read properties of undefined');
    fakes.describeExecution.mockRejectedValue(bug);
    await expect(readRowFailures([execution('failed', 'FAILED', 1, 10)])).rejects.toBe(bug);
  });

  it('keeps at most 4 DescribeExecution calls in flight for one page', async () => {
    const rows = Array.from({ length: 11 }, (_, index) => execution(`failed-${index}`, index % 2 ? 'FAILED' : 'TIMED_OUT', 1, 10));
    let inFlight = 0;
    let most = 0;
    fakes.describeExecution.mockImplementation(async (arn) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 1));
      inFlight -= 1;
      return detailOf(arn, 'FAILED', { error: arn });
    });
    const failures = await readRowFailures(rows);
    expect(most).toBe(4);
    expect(Object.keys(failures)).toHaveLength(11);
    for (const row of rows) expect(failures[row.arn]).toEqual({ error: row.arn, cause: undefined });
  });
});

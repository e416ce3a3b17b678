import { describe, expect, it } from 'vitest';
import type { ExecutionDetail } from '@/lib/domain/execution';
import { offerExecutionActions } from '@/lib/execution-actions/offer-execution-actions';

const NOW = new Date('2026-12-04T12:00:00Z');
const DAY = 86_400_000;
const STANDARD = 'arn:aws:states:us-east-1:123456789012:execution:order-processing:order-1';

function execution(overrides: Partial<ExecutionDetail>): ExecutionDetail {
  return {
    arn: STANDARD,
    stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:order-processing',
    name: 'order-1',
    status: 'FAILED',
    startedAt: new Date(NOW.getTime() - DAY),
    stoppedAt: new Date(NOW.getTime() - DAY + 60_000),
    ...overrides,
  };
}

describe('offerExecutionActions', () => {
  it('offers stop and start, not redrive, for a running Standard execution', () => {
    const offers = offerExecutionActions(execution({ status: 'RUNNING', stoppedAt: undefined }), NOW);
    expect(offers.stop).toEqual({ offered: true });
    expect(offers.start).toEqual({ offered: true });
    expect(offers.redrive).toEqual({
      offered: false,
      reason: 'Only a FAILED, ABORTED or TIMED_OUT execution can be redriven; this one is RUNNING.',
    });
  });

  it.each(['FAILED', 'ABORTED', 'TIMED_OUT'] as const)('offers redrive for a %s execution closed a day ago, and not stop', (status) => {
    const offers = offerExecutionActions(execution({ status }), NOW);
    expect(offers.redrive).toEqual({ offered: true });
    expect(offers.stop).toEqual({ offered: false, reason: `Only a running execution can be stopped; this one is ${status}.` });
  });

  it('refuses redrive for a succeeded execution', () => {
    expect(offerExecutionActions(execution({ status: 'SUCCEEDED' }), NOW).redrive).toMatchObject({ offered: false });
  });

  it('refuses redrive past 14 days after closing, and offers it just inside', () => {
    const closedAt = (days: number) => new Date(NOW.getTime() - days * DAY);
    expect(offerExecutionActions(execution({ stoppedAt: closedAt(13.9) }), NOW).redrive).toEqual({ offered: true });
    expect(offerExecutionActions(execution({ stoppedAt: closedAt(14.1) }), NOW).redrive).toEqual({
      offered: false,
      reason: 'An execution can be redriven only within 14 days of closing; this one closed longer ago.',
    });
  });

  it('follows DescribeExecution when it says NOT_REDRIVABLE, quoting its reason', () => {
    const offers = offerExecutionActions(
      execution({ redriveStatus: 'NOT_REDRIVABLE', redriveStatusReason: 'Execution history event limit exceeded' }),
      NOW,
    );
    expect(offers.redrive).toEqual({ offered: false, reason: 'AWS says it cannot be redriven: Execution history event limit exceeded' });
  });

  it('sends a Distributed Map child to its parent', () => {
    const offers = offerExecutionActions(execution({ redriveStatus: 'REDRIVABLE_BY_MAP_RUN' }), NOW);
    expect(offers.redrive).toMatchObject({ offered: false, reason: expect.stringContaining('redrive the parent execution') });
  });

  it('offers nothing for an Express execution, saying why', () => {
    const offers = offerExecutionActions(
      execution({ arn: 'arn:aws:states:us-east-1:123456789012:express:odd-even-express:run-1:abc', status: 'RUNNING' }),
      NOW,
    );
    expect(offers.stop).toEqual({ offered: false, reason: 'Express executions cannot be stopped through the API.' });
    expect(offers.redrive).toEqual({ offered: false, reason: 'Only Standard executions can be redriven.' });
    expect(offers.start).toMatchObject({ offered: false });
  });
});

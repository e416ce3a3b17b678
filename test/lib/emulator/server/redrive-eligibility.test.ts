import { describe, expect, it } from 'vitest';
import { redriveEligibility, REDRIVABLE_PERIOD_MS } from '@/lib/emulator/server/redrive-eligibility';
import type { ExecutionRecord } from '@/lib/emulator/store/store-types';

const NOW = Date.UTC(2026, 0, 20);
const execution = (status: ExecutionRecord['status'], stopDateMs: number | null = NOW - 1000): ExecutionRecord => ({
  id: 1,
  arn: 'arn:aws:states:us-east-1:123456789012:execution:M:e',
  stateMachineId: 1,
  stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:M',
  stateMachineName: 'M',
  revision: 1,
  name: 'e',
  type: 'STANDARD',
  status,
  startDateMs: NOW - 5000,
  stopDateMs,
  input: '{}',
  output: null,
  error: null,
  cause: null,
  redriveCount: 0,
  redriveDateMs: null,
});

describe('redriveEligibility', () => {
  it('offers a redrive of FAILED, ABORTED and TIMED_OUT executions, without a reason', () => {
    for (const status of ['FAILED', 'ABORTED', 'TIMED_OUT'] as const) {
      expect(redriveEligibility(execution(status), 5, NOW)).toEqual({ status: 'REDRIVABLE' });
    }
  });

  it('refuses RUNNING and SUCCEEDED executions in AWS words', () => {
    expect(redriveEligibility(execution('RUNNING', null), 5, NOW)).toEqual({
      status: 'NOT_REDRIVABLE',
      reason: 'Execution is RUNNING and cannot be redriven',
    });
    expect(redriveEligibility(execution('SUCCEEDED'), 5, NOW).reason).toBe('Execution is SUCCEEDED and cannot be redriven');
  });

  it('refuses once 14 days have passed since the close, not before', () => {
    expect(redriveEligibility(execution('FAILED', NOW - REDRIVABLE_PERIOD_MS), 5, NOW).status).toBe('REDRIVABLE');
    expect(redriveEligibility(execution('FAILED', NOW - REDRIVABLE_PERIOD_MS - 1), 5, NOW)).toEqual({
      status: 'NOT_REDRIVABLE',
      reason: 'Execution redrivable period exceeded',
    });
  });

  it('refuses a history with no room for ExecutionRedriven and one more event', () => {
    expect(redriveEligibility(execution('FAILED'), 24_998, NOW).status).toBe('REDRIVABLE');
    expect(redriveEligibility(execution('FAILED'), 24_999, NOW).reason).toBe('Execution history event limit exceeded');
  });
});

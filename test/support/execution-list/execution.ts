import type { ExecutionStatus, ExecutionSummary } from '@/lib/domain';

export const NOW = new Date('2026-12-01T12:00:00.000Z');
const HOUR_MS = 60 * 60 * 1000;

/** An execution started `hoursAgo` before NOW that ran `durationMs` (none: still running). */
export function execution(name: string, status: ExecutionStatus, hoursAgo: number, durationMs?: number): ExecutionSummary {
  const startedAt = new Date(NOW.getTime() - hoursAgo * HOUR_MS);
  return {
    arn: `arn:aws:states:us-east-1:123456789012:execution:m:${name}`,
    stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:m',
    name,
    status,
    startedAt,
    stoppedAt: durationMs === undefined ? undefined : new Date(startedAt.getTime() + durationMs),
  };
}

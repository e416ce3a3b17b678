import { formatDuration } from '@/lib/format/format-duration';
import type { VisitIndex } from './index-visits';
import type { ExecutionView } from './types';

/**
 * Which timeout ended an execution and after how long, or null when none did. The history never
 * holds the configured seconds, only when things started and stopped, so the time is measured:
 * the execution's own TimeoutSeconds ends it TIMED_OUT; an uncaught state timeout fails it with
 * States.Timeout (the state's TimeoutSeconds) or States.HeartbeatTimeout (its HeartbeatSeconds).
 */
export function describeTimeout(view: Pick<ExecutionView, 'status' | 'durationMs' | 'failure'>, index: VisitIndex): string | null {
  const failure = view.failure;
  if (view.status === 'TIMED_OUT') {
    const where = failure?.state ? `, while in ${failure.state}` : '';
    return `The execution's TimeoutSeconds fired after ${formatDuration(view.durationMs)}${where}.`;
  }
  if (view.status !== 'FAILED' || !failure?.state || failure.visitId === null) return null;
  const setting =
    failure.error === 'States.Timeout' ? 'TimeoutSeconds' : failure.error === 'States.HeartbeatTimeout' ? 'HeartbeatSeconds' : null;
  if (!setting) return null;
  const visit = index.byId.get(failure.visitId);
  const lastAttempt = visit?.attempts.at(-1);
  const ranMs = lastAttempt?.durationMs ?? visit?.durationMs ?? null;
  const heartbeat = setting === 'HeartbeatSeconds' ? ' without a heartbeat' : '';
  return `${failure.state}'s ${setting} fired after ${formatDuration(ranMs)}${heartbeat}${
    visit && visit.attempts.length > 1 ? ` (attempt ${visit.attempts.length})` : ''
  }.`;
}

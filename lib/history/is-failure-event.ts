import { EVENT_TYPE_INFO, HISTORY_EVENT_TYPES, type EventPhase } from './history-event-types';

const FAILURE_PHASES: ReadonlySet<EventPhase> = new Set<EventPhase>(['failed', 'timed-out', 'aborted']);

/** Computed once from EVENT_TYPE_INFO, so a new event type is classified by its phase, not its name. */
const FAILURE_EVENT_TYPES: ReadonlySet<string> = new Set<string>(
  HISTORY_EVENT_TYPES.filter((type) => {
    const { phase, owner } = EVENT_TYPE_INFO[type];
    return FAILURE_PHASES.has(phase) || (phase === 'entered' && owner === 'Fail');
  }),
);

/**
 * Whether an event of this type reports something ending badly: its phase is failed, timed-out or
 * aborted (execution, state, task, iteration or Map run alike), or it enters a Fail state, whose
 * entry is its failure (it has no exit). Why here: the phase table already knows this, so callers
 * do not guess from the type's name. A type this build does not know is not a failure.
 */
export function isFailureEvent(type: string): boolean {
  return FAILURE_EVENT_TYPES.has(type);
}

import type { ExecutionView } from './types';

/** The visit selected on arrival: where the execution failed, else the first caught error, else the first visit. */
export function initialVisitId(view: Pick<ExecutionView, 'failure' | 'caught' | 'visits'>): number | null {
  return view.failure?.visitId ?? view.caught[0]?.visitId ?? view.visits[0]?.id ?? null;
}

/**
 * The selected visit: the one `?visit=` names when the execution has a visit with that id, else
 * `initial`. The debugger and the raw events table both resolve it this way, so they agree.
 */
export function selectedVisitId(requested: string | null, isVisit: (visitId: number) => boolean, initial: number | null): number | null {
  const visitId = Number(requested);
  return isVisit(visitId) ? visitId : initial;
}

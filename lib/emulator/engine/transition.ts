import type { JsonObject } from '../asl/json-value';

/** Next/End of a state, as a partial StateOutcome. */
export function transitionOf(state: JsonObject): { next?: string; end: boolean } {
  if (state.End === true || typeof state.Next !== 'string') return { end: true };
  return { next: state.Next, end: false };
}

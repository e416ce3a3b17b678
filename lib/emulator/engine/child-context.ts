import { setMaxListeners } from 'node:events';
import type { BranchContext } from './runtime';

/** A Parallel branch or Map iteration: own line of events starting at `start`, own variable scope. */
export function childContext(parent: BranchContext, start: number, abort: AbortSignal): BranchContext {
  return {
    runtime: parent.runtime,
    thread: { last: start },
    // Children read the outer variables; what they assign stays inside (AWS scoping rules).
    variables: { ...parent.variables },
    isChild: true,
    abort,
  };
}

/** An abort controller for a group of children that also fires when the parent group is aborted. */
export function childAbortController(parent: BranchContext): AbortController {
  const controller = new AbortController();
  // All running children of the group wait on this signal at once (see run-execution.ts).
  setMaxListeners(0, controller.signal);
  if (parent.abort.aborted) controller.abort();
  else parent.abort.addEventListener('abort', () => controller.abort(), { once: true });
  return controller;
}

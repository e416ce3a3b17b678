import type { Action } from './action-context';

/**
 * The action, answering only once the store has committed what it wrote or read (the store shares one
 * transaction per event-loop turn), so an execution a client was told about survives a crash.
 */
export function answerAfterCommit(action: Action): Action {
  return async (body, context) => {
    try {
      return await action(body, context);
    } finally {
      await context.store.whenCommitted();
    }
  };
}

/** answerAfterCommit for every action of a table. */
export function answeringAfterCommit(actions: Readonly<Record<string, Action>>): Readonly<Record<string, Action>> {
  return Object.fromEntries(Object.entries(actions).map(([name, action]) => [name, answerAfterCommit(action)]));
}

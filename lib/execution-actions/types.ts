/**
 * The actions the execution page can take on an execution, and how one can fail, as plain data every
 * layer shares (the adapter returns problems, the routes answer them, the components show them).
 */
import { DATA_SOURCE_ERROR_KINDS } from '../domain/data-source';

export const EXECUTION_ACTIONS = ['stop', 'redrive', 'start'] as const;
export type ExecutionAction = (typeof EXECUTION_ACTIONS)[number];

/** Whether the page offers an action, and when it does not, why, in words. */
export type ActionOffer = { offered: true } | { offered: false; reason: string };
export type ExecutionActionOffers = Record<ExecutionAction, ActionOffer>;

/**
 * What went wrong: a data-source failure as the read pages know them, or one only actions have:
 * the execution is not in a state that allows it (`conflict`), the data source does not implement
 * the API (`unsupported`), or a quota such as running executions is full (`limit-exceeded`).
 */
export const ACTION_PROBLEM_KINDS = [...DATA_SOURCE_ERROR_KINDS, 'conflict', 'unsupported', 'limit-exceeded'] as const;
export type ActionProblemKind = (typeof ACTION_PROBLEM_KINDS)[number];

export interface ActionProblem {
  kind: ActionProblemKind;
  message: string;
  /** What the user can do about it, in one sentence. */
  hint: string;
}

export type ActionResult<T> = { ok: true; value: T } | { ok: false; problem: ActionProblem };

/** The HTTP status a route answers for each problem: refused (403), not now (409), not here (501), retry later (503). */
export const HTTP_STATUS_OF_ACTION_PROBLEM: Record<ActionProblemKind, number> = {
  'not-found': 404,
  'invalid-input': 400,
  'access-denied': 403,
  'no-credentials': 503,
  throttled: 503,
  unreachable: 503,
  conflict: 409,
  unsupported: 501,
  'limit-exceeded': 429,
};

/** What a route answers on success, for the page to show and link. */
export interface ActionOutcome {
  action: ExecutionAction;
  /** One sentence: what happened. */
  message: string;
  /** The execution to open afterwards (a started one's, or the same). */
  executionArn: string;
}

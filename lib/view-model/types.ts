import type { StateType } from '@/lib/history/history-event-types';
import type { ExecutionStatus, VisitGroupKind, VisitStatus } from '@/lib/history/types';
import type { ExecutionChildLinks } from '@/lib/map-runs/find-child-links';
import type { GroupOutcomeCount } from './count-group-outcomes';

/**
 * The execution as the detail page shows it: plain, serialisable data (epoch milliseconds, JSON
 * text) derived once from an ExecutionTimeline, on the server or, for an imported file, in the
 * browser. Visit ids are the visits' entered event ids, unique within one history.
 */
export interface ExecutionView {
  status: ExecutionStatus;
  startMs: number | null;
  stopMs: number | null;
  durationMs: number | null;
  error: string | null;
  cause: string | null;
  input?: string;
  output?: string;
  visits: VisitView[];
  failure: FailureView | null;
  caught: CaughtView[];
  eventCount: number;
  partial: boolean;
  warnings: string[];
  /** Map Runs and executions this one started, when it started any (lib/map-runs/find-child-links.ts). */
  childLinks?: ExecutionChildLinks;
}

export interface AttemptView {
  number: number;
  status: VisitStatus;
  startMs: number | null;
  endMs: number | null;
  durationMs: number | null;
  /** Time between the end of the previous attempt and this one: the retry back-off. */
  backoffMs: number | null;
  error?: string;
  cause?: string;
  /** A Map or Parallel run: how many iterations or branches it started, failed and caught. */
  groups?: GroupOutcomeCount & { kind: VisitGroupKind };
}

export interface VisitView {
  id: number;
  name: string;
  type: StateType;
  status: VisitStatus;
  startMs: number | null;
  endMs: number | null;
  durationMs: number | null;
  input?: string;
  output?: string;
  inputTruncated?: true;
  outputTruncated?: true;
  /** Task parameters of the first attempt (what the integration was called with). */
  parameters?: string;
  error: string | null;
  cause: string | null;
  /** The Catch that handled this visit's error, when one did. */
  caught: { error: string | null; next: string | null } | null;
  /**
   * Task attempts, or a Map's or Parallel's runs (more than one when retried as a whole); kept lean
   * (no per-attempt payloads): 25,000-event histories cross the wire.
   */
  attempts: AttemptView[];
  /** Map iterations or Parallel branches, in run then index order. */
  groups: GroupView[];
  /**
   * Set when a partial view (withhold-group-visits.ts) left out some of `groups`: how many groups, and
   * how many visits at every depth within them, for the counts shown until the whole view loads.
   * The attempts' `groups` counts still cover every group.
   */
  withheldGroups?: { groups: number; visits: number };
  /** The visit's own events (not its children's), for linking to the raw history. */
  eventIds: number[];
}

export interface GroupView {
  /** Unique on the page: `<owner visit id>:<run>:<index>`. */
  key: string;
  kind: VisitGroupKind;
  index: number;
  run: number;
  status: VisitStatus;
  startMs: number | null;
  endMs: number | null;
  durationMs: number | null;
  visits: VisitView[];
}

export interface FailureView {
  state: string | null;
  visitId: number | null;
  error: string | null;
  cause: string | null;
  errorMessage?: string;
  errorType?: string;
  stackTrace?: string[];
  /** From the first state to the failing one. */
  path: { name: string; visitId: number; status: VisitStatus }[];
  /** The caught error that led to the Fail state the execution ended in (lib/history/find-cause-chain.ts). */
  causedBy?: CausedByView;
  /** Without a caught error: the reason the Fail state's input holds that its fixed cause does not say. */
  inputReason?: { field: string; text: string };
  /** The input of the state behind the failure: the one that raised the caught error, else the failing one. */
  causeInput?: { state: string; visitId: number; text: string; truncated?: true };
}

export interface CausedByView {
  /** The state that raised the error (inside a Map or Parallel, the innermost). */
  state: string;
  visitId: number;
  /** The Map or Parallel whose Catch handled it, when not `state`. */
  caughtIn: string | null;
  error: string | null;
  cause: string | null;
  errorMessage?: string;
  errorType?: string;
}

export interface CaughtView {
  state: string;
  visitId: number;
  error: string | null;
  next: string | null;
}

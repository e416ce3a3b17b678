import type { JsonValue } from '../../asl/json-value';

/**
 * Where a line of states (the execution, a Parallel branch or a Map iteration) picks up on a redrive:
 * at its first state that did not exit, with the input that state was entered with. The states before
 * it keep their recorded results; only their variable assignments are replayed.
 */
export interface ThreadResume {
  stateName: string;
  /** The input recorded on the state's `*StateEntered` event. */
  input: JsonValue;
  /** Variables assigned by the states of this line that had already exited, in order. */
  assigned: Record<string, JsonValue>;
  /** For a Map or Parallel: its iterations or branches by index, as recorded in its last attempt. */
  children: ReadonlyMap<number, ChildRedrive>;
  /** For a Distributed Map: the Map Run its last attempt started, which the redrive redrives. */
  mapRunArn?: string;
}

/** A recorded iteration or branch: succeeded (its output is kept) or unsuccessful (it resumes). */
export type ChildRedrive = { output: JsonValue } | { resume: ThreadResume };

/**
 * What the rerun Map or Parallel state learns about its previous attempt: iterations and branches
 * absent from `children` run from the start, those with an output are not run again. Applies to the
 * state's first attempt in the redrive only; a Retry after that reruns every iteration, as usual.
 */
export interface StateRedrive {
  children: ReadonlyMap<number, ChildRedrive>;
  /**
   * A Distributed Map's Map Run from the previous attempt: the Map should redrive that run (writing
   * `MapRunRedriven` and rerunning only its unsuccessful child executions) instead of starting anew.
   */
  mapRunArn?: string;
}

/** How RedriveExecution continues a closed execution's history. */
export interface ExecutionRedrive {
  /** The id of the history's last event; `ExecutionRedriven` follows it. */
  lastEventId: number;
  /** The execution's redrive count including this redrive (1 on the first). */
  redriveCount: number;
  /** Undefined when no state was entered: the execution reruns from StartAt with its input. */
  resume?: ThreadResume;
}

/** Messages between the fuzz suite and the worker thread that runs the entry points. */

export const FUZZ_TARGETS = ['timeline-file', 'log-reader', 'import'] as const;
export type FuzzTarget = (typeof FUZZ_TARGETS)[number];

export interface FuzzRequest {
  id: number;
  target: FuzzTarget;
  text: string;
  /** `statescope timeline --json` instead of the text output. */
  json: boolean;
  /** The import page's optional definition file. */
  definition: string | null;
}

/**
 * result / partial: the input was read (partial: the reconstruction says it is incomplete);
 * input-error: the project's input error, with a message naming the source; crash: anything else.
 */
export type OutcomeKind = 'result' | 'partial' | 'input-error' | 'crash';

export interface FuzzReply {
  id: number;
  kind: OutcomeKind;
  message: string;
}

/** The file name every entry point is given, so errors can be checked for naming it. */
export const FUZZ_SOURCE = 'fuzz-input.json';

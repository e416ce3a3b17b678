import type { TestStateInspection, TestStateResult, TestStateStatus } from '@/lib/domain/test-state';

export const QUERY_LANGUAGES = ['JSONPath', 'JSONata'] as const;
export type QueryLanguage = (typeof QUERY_LANGUAGES)[number];

export const PROCESSING_STAGE_KEYS = [
  'input',
  'afterInputPath',
  'afterItemsPath',
  'afterParameters',
  'afterArguments',
  'afterItemSelector',
  'result',
  'afterResultSelector',
  'afterResultPath',
  'output',
  'variables',
] as const;
export type ProcessingStageKey = (typeof PROCESSING_STAGE_KEYS)[number];

export const PROCESSING_STAGE_LABELS: Record<ProcessingStageKey, string> = {
  input: 'State input',
  afterInputPath: 'After InputPath',
  afterItemsPath: 'After ItemsPath',
  afterParameters: 'After Parameters',
  afterArguments: 'After Arguments',
  afterItemSelector: 'After ItemSelector',
  result: 'Result',
  afterResultSelector: 'After ResultSelector',
  afterResultPath: 'After ResultPath',
  output: 'State output',
  variables: 'Variables after Assign',
};

/**
 * Which earlier value each stage is computed from, so "what changed" compares like with like:
 * ResultPath places the result into the state's raw input, not into the task's parameters.
 */
const COMPARED_WITH: Record<ProcessingStageKey, readonly ProcessingStageKey[]> = {
  input: [],
  afterInputPath: ['input'],
  afterItemsPath: ['afterInputPath', 'input'],
  afterParameters: ['afterInputPath', 'input'],
  afterArguments: ['input'],
  afterItemSelector: ['afterItemsPath', 'afterInputPath', 'input'],
  // The integration's answer: new, not derived from the stage before it.
  result: [],
  afterResultSelector: ['result'],
  afterResultPath: ['input'],
  output: ['afterResultPath', 'afterResultSelector', 'result', 'input'],
  variables: [],
};

export interface ProcessingStage {
  key: ProcessingStageKey;
  label: string;
  /** JSON text, pretty-printed. */
  value: string;
  /** The stage this one is compared with, and whether the value differs from it. */
  comparedWith?: { key: ProcessingStageKey; label: string; value: string; changed: boolean };
}

/** What the state did with the input: TestState's own verdict. */
export interface ProcessingOutcome {
  status: TestStateStatus;
  output?: string;
  error?: string;
  cause?: string;
  nextState?: string;
  retryIndex?: number;
  retryBackoffSeconds?: number;
  catchIndex?: number;
}

export const PROCESSING_UNAVAILABLE_REASONS = [
  'truncated',
  'no-input',
  'not-allowed',
  'not-available',
  'not-in-definition',
  'no-recorded-result',
  'rejected',
  'unreachable',
] as const;
export type ProcessingUnavailableReason = (typeof PROCESSING_UNAVAILABLE_REASONS)[number];

/** What a result or error mock stood in for: the recorded one, so nothing real was invoked. */
export type ProcessingMock = 'result' | 'error' | 'none';

export type ProcessingView =
  | {
      kind: 'replayed';
      stateName: string;
      stateType: string;
      queryLanguage: QueryLanguage;
      mock: ProcessingMock;
      /** True when the input was edited by the user rather than the recorded one. */
      edited: boolean;
      stages: ProcessingStage[];
      outcome: ProcessingOutcome;
    }
  | {
      kind: 'unavailable';
      reason: ProcessingUnavailableReason;
      message: string;
      /** The recorded payloads, shown instead of the stages. */
      input?: string;
      output?: string;
    };

/** Pretty-prints JSON text; text that is not JSON is kept as it came. */
export function formatStageValue(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

function sameJson(a: string, b: string): boolean {
  return formatStageValue(a) === formatStageValue(b);
}

/**
 * TestState's DEBUG reply as ordered stages: the state input, each field the query language applies
 * (JSONPath: InputPath, Parameters, result, ResultSelector, ResultPath, OutputPath; JSONata: Arguments,
 * result, Output, Assign), and the output. Only the stages AWS reported are listed, in the order the
 * state applies them. `variablesBefore` is what the request sent, for the Assign comparison.
 */
export function toProcessingStages(result: TestStateResult, variablesBefore?: string): ProcessingStage[] {
  const values: Partial<Record<ProcessingStageKey, string>> = {};
  const inspection: TestStateInspection = result.inspection;
  for (const key of PROCESSING_STAGE_KEYS) {
    if (key === 'output' || key === 'variables') continue;
    const value = inspection[key];
    if (value !== undefined) values[key] = value;
  }
  if (result.output !== undefined) values.output = result.output;
  if (inspection.variables !== undefined) values.variables = inspection.variables;
  const stages: ProcessingStage[] = [];
  for (const key of PROCESSING_STAGE_KEYS) {
    const value = values[key];
    if (value === undefined) continue;
    const stage: ProcessingStage = { key, label: PROCESSING_STAGE_LABELS[key], value: formatStageValue(value) };
    const earlierKey = COMPARED_WITH[key].find((candidate) => values[candidate] !== undefined);
    const earlier = earlierKey ? values[earlierKey] : key === 'variables' ? variablesBefore : undefined;
    if (earlier !== undefined) {
      stage.comparedWith = {
        key: earlierKey ?? 'variables',
        label: earlierKey ? PROCESSING_STAGE_LABELS[earlierKey] : 'Variables before',
        value: formatStageValue(earlier),
        changed: !sameJson(earlier, value),
      };
    }
    stages.push(stage);
  }
  return stages;
}

/** The reply's verdict, with the retry or catch that decided it. */
export function toProcessingOutcome(result: TestStateResult): ProcessingOutcome {
  const outcome: ProcessingOutcome = { status: result.status };
  if (result.output !== undefined) outcome.output = formatStageValue(result.output);
  if (result.error !== undefined) outcome.error = result.error;
  if (result.cause !== undefined) outcome.cause = result.cause;
  if (result.nextState !== undefined) outcome.nextState = result.nextState;
  const details = result.inspection.errorDetails;
  if (details?.retryIndex !== undefined) outcome.retryIndex = details.retryIndex;
  if (details?.retryBackoffIntervalSeconds !== undefined) outcome.retryBackoffSeconds = details.retryBackoffIntervalSeconds;
  if (details?.catchIndex !== undefined) outcome.catchIndex = details.catchIndex;
  return outcome;
}

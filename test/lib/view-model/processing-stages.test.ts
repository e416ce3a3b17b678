import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TestStateInspection, TestStateResult } from '@/lib/domain/test-state';
import { AWS_TESTSTATE_CASES_DIR } from '../../support/corpus/shared-corpus';
import { formatStageValue, toProcessingOutcome, toProcessingStages } from '@/lib/view-model/processing-stages';

const CASES = AWS_TESTSTATE_CASES_DIR;
const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A recorded AWS reply as the SDK hands it over: LocalStack's recordings parsed the JSON members. */
function recordedReply(name: string): TestStateResult {
  const { response } = JSON.parse(readFileSync(join(CASES, `${name}.json`), 'utf8')) as {
    response: { status: TestStateResult['status']; output?: unknown; inspectionData?: Record<string, unknown> };
  };
  const inspection: TestStateInspection = {};
  for (const [key, value] of Object.entries(response.inspectionData ?? {})) {
    if (key !== 'errorDetails') (inspection as Record<string, string>)[key] = text(value);
  }
  return { status: response.status, output: response.output === undefined ? undefined : text(response.output), inspection };
}

describe('toProcessingStages', () => {
  it.skipIf(!existsSync(CASES))('orders a JSONPath Task’s stages as AWS applied them, on a reply recorded on AWS', () => {
    const stages = toProcessingStages(recordedReply('test_state_scenarios__base_lambda_task_state__DEBUG'));
    expect(stages.map((stage) => stage.label)).toEqual([
      'State input',
      'After InputPath',
      'After Parameters',
      'Result',
      'After ResultSelector',
      'After ResultPath',
      'State output',
    ]);
    expect(stages.map((stage) => stage.comparedWith?.changed)).toEqual([undefined, false, false, undefined, false, true, false]);
    expect(stages[5]?.comparedWith?.label).toBe('State input');
  });

  it.skipIf(!existsSync(CASES))('shows a Pass state’s ResultPath merging its result into the input (recorded on AWS)', () => {
    const stages = toProcessingStages(recordedReply('test_state_scenarios__base_inspection_level_debug__IO_RESULT_PASS_STATE'));
    const afterResultPath = stages.find((stage) => stage.key === 'afterResultPath');
    expect(afterResultPath?.value).toContain('"modifiedData": {\n    "resultKey": "result value"');
    expect(afterResultPath?.comparedWith).toMatchObject({ key: 'input', changed: true });
  });

  it('lists JSONata stages and compares the variables after Assign with those sent', () => {
    const result: TestStateResult = {
      status: 'SUCCEEDED',
      output: '{"total":3}',
      inspection: { input: '{"a":1}', afterArguments: '{"x":1}', result: '{"sum":3}', variables: '{"seen":1,"sum":3}' },
    };
    const stages = toProcessingStages(result, '{"seen":1}');
    expect(stages.map((stage) => [stage.key, stage.comparedWith?.label, stage.comparedWith?.changed])).toEqual([
      ['input', undefined, undefined],
      ['afterArguments', 'State input', true],
      ['result', undefined, undefined],
      ['output', 'Result', true],
      ['variables', 'Variables before', true],
    ]);
  });
});

describe('toProcessingOutcome', () => {
  it('carries the retry that would run next and its back-off', () => {
    expect(
      toProcessingOutcome({
        status: 'RETRIABLE',
        error: 'E',
        cause: 'c',
        inspection: { errorDetails: { retryIndex: 0, retryBackoffIntervalSeconds: 16 } },
      }),
    ).toEqual({ status: 'RETRIABLE', error: 'E', cause: 'c', retryIndex: 0, retryBackoffSeconds: 16 });
  });

  it('carries a Choice’s next state and the output, pretty-printed', () => {
    expect(toProcessingOutcome({ status: 'SUCCEEDED', output: '{"a":1}', nextState: 'Done', inspection: {} })).toEqual({
      status: 'SUCCEEDED',
      output: '{\n  "a": 1\n}',
      nextState: 'Done',
    });
  });
});

describe('formatStageValue', () => {
  it('pretty-prints JSON and keeps anything else as it came', () => {
    expect(formatStageValue('[1]')).toBe('[\n  1\n]');
    expect(formatStageValue('not json')).toBe('not json');
  });
});

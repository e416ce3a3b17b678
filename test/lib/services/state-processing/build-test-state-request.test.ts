import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { buildTestStateRequest } from '@/lib/services/state-processing/build-test-state-request';
import { findStateVisit } from '@/lib/services/state-processing/find-state-visit';
import {
  PROCESSING_DEFINITION,
  PROCESSING_EXECUTION_ARN,
  PROCESSING_ROLE_ARN,
  VERIFY_RESULT,
  processingHistory,
} from '../../../support/state-processing/processing-history';

const found = (id: number, options?: Parameters<typeof processingHistory>[0]) => {
  const parsed = parseHistoryDocument(processingHistory(options), PROCESSING_EXECUTION_ARN);
  const result = findStateVisit(buildExecutionTimeline(parsed.events, parsed).visits, id);
  if (!result) throw new Error(`no visit ${id}`);
  return result;
};
const plan = (id: number, extra: { editedInput?: string; history?: Parameters<typeof processingHistory>[0] } = {}) =>
  buildTestStateRequest({
    definition: PROCESSING_DEFINITION,
    roleArn: PROCESSING_ROLE_ARN,
    found: found(id, extra.history),
    editedInput: extra.editedInput,
  });

describe('buildTestStateRequest', () => {
  it('replays a Task in the whole definition by name, its recorded result mocked and its variables set', () => {
    expect(plan(4)).toEqual({
      kind: 'call',
      queryLanguage: 'JSONPath',
      mock: 'result',
      edited: false,
      request: {
        definition: PROCESSING_DEFINITION,
        stateName: 'Verify',
        roleArn: PROCESSING_ROLE_ARN,
        input: '{"orderId":"A1","customer":"Ann"}',
        variables: '{"customer":"Ann"}',
        mock: { result: VERIFY_RESULT },
      },
    });
  });

  it('mocks a failed Task’s recorded error instead', () => {
    expect(plan(4, { history: { failed: true } })).toMatchObject({
      kind: 'call',
      mock: 'error',
      request: { mock: { errorOutput: { error: 'PaymentDeclined', cause: 'card declined' } } },
    });
  });

  it('sends no mock for a Choice, which AWS would reject, and the edited input when there is one', () => {
    const choice = plan(17, { editedInput: '{"payment":{"approved":false}}' });
    expect(choice).toMatchObject({
      kind: 'call',
      mock: 'none',
      edited: true,
      request: { stateName: 'Check', input: '{"payment":{"approved":false}}' },
    });
    expect(choice.kind === 'call' && 'mock' in choice.request).toBe(false);
  });

  it('sends a state inside a Parallel branch alone, since only top-level states are found by name', () => {
    const inner = plan(11);
    expect(inner.kind === 'call' && inner.request.stateName).toBeUndefined();
    expect(inner.kind === 'call' && JSON.parse(inner.request.definition)).toEqual({
      Type: 'Pass',
      Result: 'b',
      End: true,
      QueryLanguage: 'JSONPath',
    });
  });

  it('refuses to replay a truncated result rather than mock a partial one', () => {
    expect(plan(4, { history: { truncatedResult: true } })).toEqual({
      kind: 'skip',
      reason: 'truncated',
      message: 'The history cut this visit’s result at its size limit, so it cannot be replayed faithfully.',
    });
  });

  it('refuses a state the definition lacks', () => {
    const visit = found(4);
    expect(buildTestStateRequest({ definition: '{"StartAt":"X","States":{"X":{"Type":"Succeed"}}}', found: visit })).toEqual({
      kind: 'skip',
      reason: 'not-in-definition',
      message: 'The definition this execution ran has no state named Verify.',
    });
  });
});

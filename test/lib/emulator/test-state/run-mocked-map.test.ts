import { describe, expect, it } from 'vitest';
import { def, testStateOf } from '../../../support/test-state/run-test-state-for-test';

const MAP = {
  Type: 'Map',
  ItemsPath: '$.items',
  MaxConcurrency: 2,
  ToleratedFailureCount: 1,
  ItemProcessor: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
  ResultPath: '$.results',
  End: true,
};

describe('a mocked Map under TestState', () => {
  it('reads items, MaxConcurrency and the tolerance as an execution would, and returns the mock', async () => {
    const answer = await testStateOf({
      definition: def(MAP),
      input: '{"items": [1, 2, 3]}',
      mock: { result: '[2, 4, 6]' },
      inspectionLevel: 'DEBUG',
    });
    expect(answer).toMatchObject({ status: 'SUCCEEDED' });
    expect(JSON.parse(String(answer.output))).toEqual({ items: [1, 2, 3], results: [2, 4, 6] });
    expect(answer.inspectionData).toMatchObject({ afterItemsPath: '[1,2,3]', maxConcurrency: 2, toleratedFailureCount: 1 });
  });

  it('fails with the threshold error when more iterations failed than tolerated', async () => {
    const body = { definition: def(MAP), input: '{"items": [1, 2, 3]}', mock: { result: '[2, 4, 6]' } };
    expect(await testStateOf({ ...body, stateConfiguration: { mapIterationFailureCount: 1 } })).toMatchObject({ status: 'SUCCEEDED' });
    expect(await testStateOf({ ...body, stateConfiguration: { mapIterationFailureCount: 2 } })).toEqual({
      status: 'FAILED',
      error: 'States.ExceedToleratedFailureThreshold',
      cause: 'The specified tolerated failure threshold was exceeded',
    });
  });

  it('takes ItemReader data from stateConfiguration and says where ItemsPath is not an array', async () => {
    const reader = { ...MAP, ItemsPath: undefined, ItemReader: { Resource: 'arn:aws:states:::s3:getObject', Parameters: {} } };
    const read = await testStateOf({ definition: def(reader), mock: { result: '[1]' }, stateConfiguration: { mapItemReaderData: '[1]' } });
    expect(read.status).toBe('SUCCEEDED');
    const notArray = await testStateOf({ definition: def(MAP), input: '{"items": {}}', mock: { result: '[]' } });
    expect(notArray).toEqual({ status: 'FAILED', error: 'States.Runtime', cause: 'Reference path "$.items" must point to array.' });
  });
});

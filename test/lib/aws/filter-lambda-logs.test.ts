import { afterEach, describe, expect, it } from 'vitest';
import { filterLambdaLogs, LAMBDA_LOG_LINE_LIMIT } from '@/lib/aws/filter-lambda-logs';
import { awsError, fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const REQUEST_ID = '0f1e2d3c-4b5a-4968-8776-655443322110';
const query = { functionName: 'F', logGroupName: '/aws/lambda/F', requestId: REQUEST_ID, startMs: 1_000.4, endMs: 2_000.2 };

describe('filterLambdaLogs', () => {
  it('asks for one bounded page of the lines holding the quoted request id within the window', async () => {
    fake = fakeAwsClients({
      logs: { FilterLogEvents: () => ({ events: [{ timestamp: 1_500, message: `START RequestId: ${REQUEST_ID}` }] }) },
    });
    expect(await filterLambdaLogs(query)).toEqual({
      kind: 'lines',
      lines: [{ timestampMs: 1_500, message: `START RequestId: ${REQUEST_ID}` }],
      truncated: false,
    });
    expect(fake.inputsOf('FilterLogEvents')).toEqual([
      { logGroupName: '/aws/lambda/F', filterPattern: `"${REQUEST_ID}"`, startTime: 1_000, endTime: 2_001, limit: LAMBDA_LOG_LINE_LIMIT },
    ]);
  });

  it('reads the whole window without a request id and says when the page was full', async () => {
    const events = Array.from({ length: LAMBDA_LOG_LINE_LIMIT }, (_, index) => ({ timestamp: index, message: `line ${index}` }));
    fake = fakeAwsClients({ logs: { FilterLogEvents: () => ({ events, nextToken: 'more' }) } });
    const result = await filterLambdaLogs({ ...query, requestId: undefined });
    expect(result).toMatchObject({ kind: 'lines', truncated: true });
    expect(fake.inputsOf('FilterLogEvents')[0]?.filterPattern).toBeUndefined();
  });

  it('names the missing log group instead of failing', async () => {
    fake = fakeAwsClients({
      logs: { FilterLogEvents: () => Promise.reject(awsError('ResourceNotFoundException', 'The specified log group does not exist.')) },
    });
    expect(await filterLambdaLogs(query)).toMatchObject({
      kind: 'unavailable',
      message: 'There is no log group /aws/lambda/F in this region and account.',
    });
  });

  it.each([
    ['AccessDeniedException', /refused/i],
    ['ThrottlingException', /throttl|rate/i],
  ])('turns %s into a message to show', async (name, message) => {
    fake = fakeAwsClients({ logs: { FilterLogEvents: () => Promise.reject(awsError(name, 'nope')) } });
    const result = await filterLambdaLogs(query);
    expect(result.kind).toBe('unavailable');
    expect(result.kind === 'unavailable' && result.message).toMatch(message);
  });
});

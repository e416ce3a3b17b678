import { afterEach, describe, expect, it } from 'vitest';
import { getExecutionLogCoverage, getStateMachineLogCoverage } from '@/lib/aws/get-express-log-coverage';
import { TURN_ON_LOGGING } from '@/lib/history/describe-log-coverage';
import { fakeAwsClients, type FakeAws } from '../../support/aws-fakes/fake-aws-clients';

let fake: FakeAws | undefined;
afterEach(() => fake?.restore());

const logging = (level: string, includeExecutionData = true) => ({
  type: 'EXPRESS',
  loggingConfiguration: {
    level,
    includeExecutionData,
    destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:/logs/g:*' } }],
  },
});

let count = 0;
function executionArn(): string {
  count += 1;
  return `arn:aws:states:us-east-1:123456789012:express:coverage-machine-${count}:run:u`;
}

describe('getStateMachineLogCoverage', () => {
  it('is null for a Standard machine, which keeps its history in Step Functions', async () => {
    fake = fakeAwsClients({ sfn: { DescribeStateMachine: () => ({ type: 'STANDARD' }) } });
    expect(await getStateMachineLogCoverage('arn:aws:states:us-east-1:123456789012:stateMachine:S')).toBeNull();
  });

  it('explains an Express machine’s logging configuration and names its log group', async () => {
    fake = fakeAwsClients({ sfn: { DescribeStateMachine: () => logging('ERROR', false) } });
    const result = await getStateMachineLogCoverage('arn:aws:states:us-east-1:123456789012:stateMachine:X');
    expect(result?.logGroupName).toBe('/logs/g');
    expect(result?.coverage).toMatchObject({ level: 'ERROR', includeExecutionData: false, inferred: false, complete: false });
  });

  it('says the whole history is there at level ALL with data', async () => {
    fake = fakeAwsClients({ sfn: { DescribeStateMachine: () => logging('ALL') } });
    expect((await getStateMachineLogCoverage('arn:aws:states:us-east-1:123456789012:stateMachine:X'))?.coverage).toMatchObject({
      complete: true,
      missing: [],
      remedy: null,
    });
  });
});

describe('getExecutionLogCoverage', () => {
  it('is null for a Standard execution, without calling anything', async () => {
    fake = fakeAwsClients({});
    expect(await getExecutionLogCoverage('arn:aws:states:us-east-1:123456789012:execution:M:e')).toBeNull();
    expect(fake.calls).toEqual([]);
  });

  it('reports the ids missing from the execution’s records at level ALL', async () => {
    const arn = executionArn();
    const at = Date.now() - 20 * 60_000;
    const record = (id: number, type: string) => ({
      message: JSON.stringify({ id: String(id), type, details: { input: '{}' }, event_timestamp: String(at + id), execution_arn: arn }),
    });
    fake = fakeAwsClients({
      sfn: { DescribeStateMachine: () => logging('ALL') },
      logs: { FilterLogEvents: () => ({ events: [record(1, 'ExecutionStarted'), record(4, 'ExecutionSucceeded')] }) },
    });
    const result = await getExecutionLogCoverage(arn);
    expect(result?.logGroupName).toBe('/logs/g');
    expect(result?.coverage.complete).toBe(false);
    expect(result?.coverage.missing).toEqual([expect.stringMatching(/^2 events are missing from the log although the level is ALL/)]);
  });

  it('explains the configuration instead when the records cannot be read (logging off)', async () => {
    fake = fakeAwsClients({ sfn: { DescribeStateMachine: () => ({ type: 'EXPRESS', loggingConfiguration: { level: 'OFF' } }) } });
    const result = await getExecutionLogCoverage(executionArn());
    expect(result).toEqual({
      coverage: expect.objectContaining({ level: 'OFF', complete: false, remedy: TURN_ON_LOGGING }),
      logGroupName: undefined,
    });
  });

  it('lets an unexpected failure through', async () => {
    const bug = new TypeError('a bug');
    fake = fakeAwsClients({
      sfn: { DescribeStateMachine: () => logging('ALL') },
      logs: {
        FilterLogEvents: () => {
          throw bug;
        },
      },
    });
    await expect(getExecutionLogCoverage(executionArn())).rejects.toBe(bug);
  });
});

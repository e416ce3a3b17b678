import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogGroup, deleteLogGroup, describeLogGroups } from '@/lib/emulator/server/logs-actions/log-group-actions';
import type { ExecutionRecord, StateMachineRevision } from '@/lib/emulator/store/store-types';
import { apiErrorOf, validation } from '../../../../support/emulator-actions/api-error-of';
import { createActionTestContext, type ActionTestContext } from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

type Page = { logGroups: Array<Record<string, unknown>>; nextToken?: string };
const describeGroups = (body: Record<string, unknown> = {}) => describeLogGroups(body, t.context) as Page;
const names = (page: Page) => page.logGroups.map((group) => group.logGroupName);

describe('createLogGroup', () => {
  it('creates the group in the request’s region at the context’s time', () => {
    t.setNow(1_234);
    expect(createLogGroup({ logGroupName: '/aws/vendedlogs/states/M' }, t.context)).toEqual({});
    expect(t.context.logs.store.getLogGroup('us-east-1', '/aws/vendedlogs/states/M')?.creationTimeMs).toBe(1_234);
  });

  it('refuses an existing name, an invalid name and a name over 512 characters', () => {
    createLogGroup({ logGroupName: 'g' }, t.context);
    expect(apiErrorOf(() => createLogGroup({ logGroupName: 'g' }, t.context))).toEqual([
      'ResourceAlreadyExistsException',
      'The specified log group already exists',
    ]);
    expect(apiErrorOf(() => createLogGroup({ logGroupName: 'a b' }, t.context))[0]).toBe('InvalidParameterException');
    expect(apiErrorOf(() => createLogGroup({ logGroupName: 'g'.repeat(513) }, t.context))).toEqual(
      validation("Value at 'logGroupName' failed to satisfy constraint: Member must have length less than or equal to 512"),
    );
  });
});

describe('deleteLogGroup', () => {
  it('deletes the group, and execution logs delivered afterwards recreate it', () => {
    const revision = {
      loggingConfiguration: JSON.stringify({
        level: 'ALL',
        destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:g:*' } }],
      }),
    } as StateMachineRevision;
    const execution = {
      arn: 'arn:aws:states:us-east-1:123456789012:express:M:e:u',
      stateMachineName: 'M',
      startDateMs: 0,
    } as ExecutionRecord;
    const event = (id: number) => ({ id, previousEventId: id - 1, type: 'PassStateEntered', timestampMs: id, details: '{}' });
    t.context.logs.writer.write(execution, revision, event(1));
    expect(deleteLogGroup({ logGroupName: 'g' }, t.context)).toEqual({});
    expect(t.context.logs.store.getLogGroup('us-east-1', 'g')).toBeUndefined();
    t.context.logs.writer.write(execution, revision, event(2));
    t.context.logs.writer.flush();
    const group = t.context.logs.store.getLogGroup('us-east-1', 'g');
    expect(group && t.context.logs.store.queryEvents({ groupId: group.id, containing: [], limit: 10 }).map((e) => e.timestampMs)).toEqual([
      2,
    ]);
  });

  it('refuses an unknown group', () => {
    expect(apiErrorOf(() => deleteLogGroup({ logGroupName: 'nope' }, t.context))).toEqual([
      'ResourceNotFoundException',
      'The specified log group does not exist.',
    ]);
  });
});

describe('describeLogGroups', () => {
  it('describes each group of the region by name, with ARNs, class and stored bytes', () => {
    t.setNow(500);
    createLogGroup({ logGroupName: 'b' }, t.context);
    createLogGroup({ logGroupName: 'a' }, t.context);
    const group = t.context.logs.store.getLogGroup('us-east-1', 'a')!;
    t.context.logs.store.putLogEvents(
      group,
      t.context.logs.store.createLogStream(group, 's', 0),
      [{ timestampMs: 1, message: 'hello' }],
      600,
    );
    t.context.logs.store.createLogGroup('eu-west-1', 'elsewhere', 0);
    expect(describeGroups()).toEqual({
      logGroups: [
        {
          logGroupName: 'a',
          creationTime: 500,
          metricFilterCount: 0,
          arn: 'arn:aws:logs:us-east-1:123456789012:log-group:a:*',
          storedBytes: 5,
          logGroupClass: 'STANDARD',
          logGroupArn: 'arn:aws:logs:us-east-1:123456789012:log-group:a',
        },
        expect.objectContaining({ logGroupName: 'b', storedBytes: 0 }),
      ],
    });
  });

  it('narrows by name prefix and pages by limit with a token bound to the prefix', () => {
    for (const name of ['/x/1', '/x/2', '/x/3', '/y/1']) createLogGroup({ logGroupName: name }, t.context);
    expect(names(describeGroups({ logGroupNamePrefix: '/y/' }))).toEqual(['/y/1']);
    const first = describeGroups({ logGroupNamePrefix: '/x/', limit: 2 });
    expect(names(first)).toEqual(['/x/1', '/x/2']);
    const second = describeGroups({ logGroupNamePrefix: '/x/', limit: 2, nextToken: first.nextToken });
    expect(second).toEqual({ logGroups: [expect.objectContaining({ logGroupName: '/x/3' })] });
    expect(apiErrorOf(() => describeGroups({ logGroupNamePrefix: '/y/', nextToken: first.nextToken }))[0]).toBe('InvalidToken');
  });

  it('answers 50 groups at most per page and refuses a larger limit', () => {
    for (let i = 0; i < 51; i++) createLogGroup({ logGroupName: `g${String(i).padStart(2, '0')}` }, t.context);
    const page = describeGroups();
    expect(page.logGroups).toHaveLength(50);
    expect(page.nextToken).toBeDefined();
    expect(apiErrorOf(() => describeGroups({ limit: 51 }))).toEqual(
      validation("Value '51' at 'limit' failed to satisfy constraint: Member must have value less than or equal to 50"),
    );
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkLogGroupName,
  findLogGroup,
  findLogStream,
  logGroupArn,
  readPosition,
} from '@/lib/emulator/server/logs-actions/log-request-fields';
import type { ExecutionRecord, StateMachineRevision } from '@/lib/emulator/store/store-types';
import { apiErrorOf, validation } from '../../../../support/emulator-actions/api-error-of';
import { createActionTestContext, type ActionTestContext } from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

const NO_GROUP = ['ResourceNotFoundException', 'The specified log group does not exist.'];

describe('logGroupArn', () => {
  it('writes the group ARN of the request’s region and account, with or without the trailing :*', () => {
    expect(logGroupArn(t.context, '/aws/states/M', true)).toBe('arn:aws:logs:us-east-1:123456789012:log-group:/aws/states/M:*');
    expect(logGroupArn(t.context, '/aws/states/M', false)).toBe('arn:aws:logs:us-east-1:123456789012:log-group:/aws/states/M');
  });
});

describe('checkLogGroupName', () => {
  it.each(['/aws/vendedlogs/states/odd-even-express', 'a.b-c_d#e', 'A1'])('accepts %s', (name) => {
    expect(checkLogGroupName(name)).toBe(name);
  });

  it.each(['has space', 'colon:name', 'star*', 'ünïcode'])('refuses %j', (name) => {
    expect(apiErrorOf(() => checkLogGroupName(name))).toEqual([
      'InvalidParameterException',
      `1 validation error detected: Value '${name}' at 'logGroupName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_/#A-Za-z0-9]+`,
    ]);
  });
});

describe('findLogGroup', () => {
  it('finds a group by logGroupName, or by logGroupIdentifier as a name or an ARN with or without :*', () => {
    const group = t.context.logs.store.createLogGroup('us-east-1', '/aws/states/M', 0);
    expect(findLogGroup(t.context, { logGroupName: '/aws/states/M' })).toEqual(group);
    expect(findLogGroup(t.context, { logGroupIdentifier: '/aws/states/M' })).toEqual(group);
    expect(findLogGroup(t.context, { logGroupIdentifier: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/states/M' })).toEqual(group);
    expect(findLogGroup(t.context, { logGroupIdentifier: 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/states/M:*' })).toEqual(group);
  });

  it('prefers logGroupIdentifier over logGroupName', () => {
    t.context.logs.store.createLogGroup('us-east-1', 'a', 0);
    expect(findLogGroup(t.context, { logGroupIdentifier: 'a', logGroupName: 'missing' }).name).toBe('a');
  });

  it('looks only in the request’s region', () => {
    t.context.logs.store.createLogGroup('eu-west-1', 'g', 0);
    expect(apiErrorOf(() => findLogGroup(t.context, { logGroupName: 'g' }))).toEqual(NO_GROUP);
  });

  it('refuses a request naming no group, and an unknown group', () => {
    expect(apiErrorOf(() => findLogGroup(t.context, {}))).toEqual(
      validation("Value null at 'logGroupName' failed to satisfy constraint: Member must not be null"),
    );
    expect(apiErrorOf(() => findLogGroup(t.context, { logGroupName: 'nope' }))).toEqual(NO_GROUP);
  });

  it('writes the events the execution log writer still holds before reading', () => {
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
    t.context.logs.writer.write(execution, revision, {
      id: 1,
      previousEventId: 0,
      type: 'ExecutionStarted',
      timestampMs: 1,
      details: '{}',
    });
    expect(findLogGroup(t.context, { logGroupName: 'g' }).storedBytes).toBeGreaterThan(0);
  });
});

describe('findLogStream', () => {
  it('finds a stream of the group by logStreamName, and refuses an unknown one', () => {
    const group = t.context.logs.store.createLogGroup('us-east-1', 'g', 0);
    const stream = t.context.logs.store.createLogStream(group, 's', 0);
    expect(findLogStream(t.context, group, { logStreamName: 's' })).toEqual(stream);
    expect(apiErrorOf(() => findLogStream(t.context, group, { logStreamName: 'other' }))).toEqual([
      'ResourceNotFoundException',
      'The specified log stream does not exist.',
    ]);
    expect(apiErrorOf(() => findLogStream(t.context, group, {}))[0]).toBe('ValidationException');
  });
});

describe('readPosition', () => {
  it('is undefined without a token and the encoded position with one of the same scope', () => {
    expect(readPosition(t.context, {}, 'scope')).toBeUndefined();
    expect(readPosition(t.context, { nextToken: t.context.tokens.encode('scope', 50) }, 'scope')).toBe(50);
  });

  it('refuses a token of another scope', () => {
    expect(apiErrorOf(() => readPosition(t.context, { nextToken: t.context.tokens.encode('other', 50) }, 'scope'))).toEqual([
      'InvalidToken',
      "Invalid Token: 'The pagination token is invalid or does not belong to this request'",
    ]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filterLogEvents, getLogEvents } from '@/lib/emulator/server/logs-actions/log-event-actions';
import { createLogGroup } from '@/lib/emulator/server/logs-actions/log-group-actions';
import { createLogStream, putLogEvents } from '@/lib/emulator/server/logs-actions/log-stream-actions';
import { apiErrorOf } from '../../../../support/emulator-actions/api-error-of';
import { createActionTestContext, type ActionTestContext } from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
  t.setNow(50_000);
  createLogGroup({ logGroupName: 'g' }, t.context);
});
afterEach(() => t.close());

function stream(name: string, events: Array<[timestamp: number, message: string]>): void {
  createLogStream({ logGroupName: 'g', logStreamName: name }, t.context);
  if (events.length > 0)
    putLogEvents(
      { logGroupName: 'g', logStreamName: name, logEvents: events.map(([timestamp, message]) => ({ timestamp, message })) },
      t.context,
    );
}

type GetPage = {
  events: Array<{ timestamp: number; message: string; ingestionTime: number }>;
  nextForwardToken: string;
  nextBackwardToken: string;
};
const get = (body: Record<string, unknown>) => getLogEvents({ logGroupName: 'g', logStreamName: 's', ...body }, t.context) as GetPage;
const messagesOf = (page: { events: Array<{ message: string }> }) => page.events.map((event) => event.message);
const token = (direction: 'f' | 'b', id: number) => `${direction}/${String(id).padStart(20, '0')}`;

describe('getLogEvents', () => {
  beforeEach(() =>
    stream(
      's',
      [1, 2, 3, 4, 5].map((n) => [n * 100, `m${n}`]),
    ),
  );

  it('reads the newest events by default, in time order, with AWS-style forward and backward tokens', () => {
    const page = get({ limit: 2 });
    expect(page.events).toEqual([
      { timestamp: 400, message: 'm4', ingestionTime: 50_000 },
      { timestamp: 500, message: 'm5', ingestionTime: 50_000 },
    ]);
    expect(page.nextForwardToken).toMatch(/^f\/\d{20}$/);
    expect(page.nextBackwardToken).toMatch(/^b\/\d{20}$/);
  });

  it('reads from the oldest with startFromHead', () => {
    expect(messagesOf(get({ limit: 2, startFromHead: true }))).toEqual(['m1', 'm2']);
  });

  it('walks forward with nextForwardToken, and at the end answers the token it was given', () => {
    const first = get({ limit: 2, startFromHead: true });
    const second = get({ limit: 2, nextToken: first.nextForwardToken });
    const third = get({ limit: 2, nextToken: second.nextForwardToken });
    expect([messagesOf(second), messagesOf(third)]).toEqual([['m3', 'm4'], ['m5']]);
    const end = get({ limit: 2, nextToken: third.nextForwardToken });
    expect(end.events).toEqual([]);
    expect(end.nextForwardToken).toBe(third.nextForwardToken);
  });

  it('walks backward with nextBackwardToken, and at the start answers the token it was given', () => {
    const newest = get({ limit: 2 });
    const older = get({ limit: 2, nextToken: newest.nextBackwardToken });
    const oldest = get({ limit: 2, nextToken: older.nextBackwardToken });
    expect([messagesOf(older), messagesOf(oldest)]).toEqual([['m2', 'm3'], ['m1']]);
    const start = get({ limit: 2, nextToken: oldest.nextBackwardToken });
    expect(start.events).toEqual([]);
    expect(start.nextBackwardToken).toBe(oldest.nextBackwardToken);
  });

  it('keeps to an inclusive time range', () => {
    expect(messagesOf(get({ startTime: 200, endTime: 400, startFromHead: true }))).toEqual(['m2', 'm3', 'm4']);
  });

  it('answers position-0 tokens for a stream without events, and accepts them back', () => {
    stream('empty', []);
    const page = getLogEvents({ logGroupName: 'g', logStreamName: 'empty' }, t.context) as GetPage;
    expect(page).toEqual({ events: [], nextForwardToken: token('f', 0), nextBackwardToken: token('b', 0) });
    expect(messagesOf(get({ nextToken: token('f', 0) }))).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
  });

  it.each(['garbage', 'x/00000000000000000001', `f/${'9'.repeat(20)}`])('refuses the token %j', (nextToken) => {
    expect(apiErrorOf(() => get({ nextToken }))).toEqual([
      'InvalidParameterException',
      `The specified nextToken is invalid: '${nextToken}'`,
    ]);
  });

  it('refuses an end time before the start time, and an unknown stream', () => {
    expect(apiErrorOf(() => get({ startTime: 5, endTime: 4 }))).toEqual([
      'InvalidParameterException',
      'endTime must be greater than or equal to startTime',
    ]);
    expect(apiErrorOf(() => get({ logStreamName: 'nope' }))).toEqual([
      'ResourceNotFoundException',
      'The specified log stream does not exist.',
    ]);
  });
});

type FilterPage = { events: Array<Record<string, unknown>>; searchedLogStreams: unknown[]; nextToken?: string };
const filter = (body: Record<string, unknown>) => filterLogEvents({ logGroupName: 'g', ...body }, t.context) as FilterPage;
const filtered = (body: Record<string, unknown>) => filter(body).events.map((event) => event.message);

describe('filterLogEvents', () => {
  const failed = (arn: string) => JSON.stringify({ type: 'ExecutionFailed', execution_arn: arn });
  const started = (arn: string) => JSON.stringify({ type: 'ExecutionStarted', execution_arn: arn });

  beforeEach(() => {
    stream('states/a', [
      [100, started('A')],
      [300, failed('A')],
    ]);
    stream('states/b', [
      [200, started('B')],
      [400, failed('B')],
    ]);
    stream('other', [[250, 'plain text line']]);
  });

  it('answers every event of the group in time order across streams, with stream name and event id', () => {
    const page = filter({});
    expect(page.events.map((event) => [event.logStreamName, event.timestamp])).toEqual([
      ['states/a', 100],
      ['states/b', 200],
      ['other', 250],
      ['states/a', 300],
      ['states/b', 400],
    ]);
    expect(page.events[0]).toEqual({
      logStreamName: 'states/a',
      timestamp: 100,
      message: started('A'),
      ingestionTime: 50_000,
      eventId: expect.stringMatching(/^\d+$/),
    });
    expect(page.searchedLogStreams).toEqual([]);
    expect(page.nextToken).toBeUndefined();
  });

  it('keeps only the events matching the filter pattern', () => {
    expect(filtered({ filterPattern: '{ $.type = "ExecutionFailed" }' })).toEqual([failed('A'), failed('B')]);
    expect(filtered({ filterPattern: '{ $.execution_arn = "B" }' })).toEqual([started('B'), failed('B')]);
    expect(filtered({ filterPattern: 'plain' })).toEqual(['plain text line']);
  });

  it('narrows to named streams or a stream name prefix, and to a time range', () => {
    expect(filter({ logStreamNames: ['states/b', 'missing'] }).events.map((e) => e.timestamp)).toEqual([200, 400]);
    expect(filter({ logStreamNamePrefix: 'states/' }).events.map((e) => e.timestamp)).toEqual([100, 200, 300, 400]);
    expect(filter({ logStreamNamePrefix: 'nothing' }).events).toEqual([]);
    expect(filter({ startTime: 200, endTime: 300 }).events.map((e) => e.timestamp)).toEqual([200, 250, 300]);
  });

  it('pages by limit with a token bound to the filter, the last page without one', () => {
    const pattern = '{ $.type = "ExecutionFailed" || $.type = "ExecutionStarted" }';
    const first = filter({ filterPattern: pattern, limit: 3 });
    expect(first.events.map((e) => e.timestamp)).toEqual([100, 200, 300]);
    const second = filter({ filterPattern: pattern, limit: 3, nextToken: first.nextToken });
    expect(second.events.map((e) => e.timestamp)).toEqual([400]);
    expect(second.nextToken).toBeUndefined();
    expect(apiErrorOf(() => filter({ limit: 3, nextToken: first.nextToken }))[0]).toBe('InvalidToken');
    expect(filter({ filterPattern: pattern, limit: 4 }).nextToken).toBeUndefined();
  });

  it.each([
    ['logStreamNames that are no list of strings', { logStreamNames: [1] }, 'logStreamNames must be a list of strings'],
    [
      'logStreamNames together with a prefix',
      { logStreamNames: ['a'], logStreamNamePrefix: 'a' },
      'logStreamNames and logStreamNamePrefix are mutually exclusive',
    ],
    ['an end time before the start time', { startTime: 2, endTime: 1 }, 'endTime must be greater than or equal to startTime'],
  ])('refuses %s', (_what, body, message) => {
    expect(apiErrorOf(() => filter(body))).toEqual(['InvalidParameterException', message]);
  });

  it('refuses a filter pattern it cannot read', () => {
    const [code, message] = apiErrorOf(() => filter({ filterPattern: '{ $.type = }' }));
    expect(code).toBe('InvalidParameterException');
    expect(message).toMatch(/^Invalid filter pattern '\{ \$\.type = \}': it ends too early\./);
  });
});

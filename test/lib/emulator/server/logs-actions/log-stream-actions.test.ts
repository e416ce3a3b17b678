import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogGroup } from '@/lib/emulator/server/logs-actions/log-group-actions';
import { createLogStream, describeLogStreams, putLogEvents } from '@/lib/emulator/server/logs-actions/log-stream-actions';
import { apiErrorOf } from '../../../../support/emulator-actions/api-error-of';
import { createActionTestContext, type ActionTestContext } from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
  createLogGroup({ logGroupName: 'g' }, t.context);
});
afterEach(() => t.close());

type Page = { logStreams: Array<Record<string, unknown>>; nextToken?: string };
const describeStreams = (body: Record<string, unknown> = {}) => describeLogStreams({ logGroupName: 'g', ...body }, t.context) as Page;
const names = (page: Page) => page.logStreams.map((stream) => stream.logStreamName);
const put = (logStreamName: string, logEvents: unknown) => putLogEvents({ logGroupName: 'g', logStreamName, logEvents }, t.context);

describe('createLogStream', () => {
  it('creates a stream in the group', () => {
    t.setNow(700);
    expect(createLogStream({ logGroupName: 'g', logStreamName: 'states/M/x' }, t.context)).toEqual({});
    expect(describeStreams()).toEqual({
      logStreams: [
        {
          logStreamName: 'states/M/x',
          creationTime: 700,
          arn: 'arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:states/M/x',
          storedBytes: 0,
        },
      ],
    });
  });

  it.each(['a:b', 'a*b'])('refuses the name %j', (name) => {
    expect(apiErrorOf(() => createLogStream({ logGroupName: 'g', logStreamName: name }, t.context))).toEqual([
      'InvalidParameterException',
      `Log stream name '${name}' may not contain ':' or '*'`,
    ]);
  });

  it('refuses an existing stream and an unknown group', () => {
    createLogStream({ logGroupName: 'g', logStreamName: 's' }, t.context);
    expect(apiErrorOf(() => createLogStream({ logGroupName: 'g', logStreamName: 's' }, t.context))).toEqual([
      'ResourceAlreadyExistsException',
      'The specified log stream already exists',
    ]);
    expect(apiErrorOf(() => createLogStream({ logGroupName: 'nope', logStreamName: 's' }, t.context))[0]).toBe('ResourceNotFoundException');
  });
});

describe('putLogEvents', () => {
  it('appends the events, which the stream then reports', () => {
    createLogStream({ logGroupName: 'g', logStreamName: 's' }, t.context);
    t.setNow(9_000);
    expect(
      put('s', [
        { timestamp: 200, message: 'second' },
        { timestamp: 100, message: 'first' },
      ]),
    ).toEqual({});
    expect(describeStreams().logStreams[0]).toMatchObject({
      firstEventTimestamp: 100,
      lastEventTimestamp: 200,
      lastIngestionTime: 9_000,
      storedBytes: 11,
    });
  });

  it.each([
    ['no list', 'x', 'logEvents must be a list of 1 to 10,000 events'],
    ['an empty list', [], 'logEvents must be a list of 1 to 10,000 events'],
    [
      '10,001 events',
      Array.from({ length: 10_001 }, () => ({ timestamp: 1, message: 'm' })),
      'logEvents must be a list of 1 to 10,000 events',
    ],
    [
      'an event without a message',
      [{ timestamp: 1, message: 'ok' }, { timestamp: 1 }],
      'logEvents[1] needs an integer timestamp (epoch ms) and a non-empty message',
    ],
    ['an empty message', [{ timestamp: 1, message: '' }], 'logEvents[0] needs an integer timestamp (epoch ms) and a non-empty message'],
    [
      'a fractional timestamp',
      [{ timestamp: 1.5, message: 'm' }],
      'logEvents[0] needs an integer timestamp (epoch ms) and a non-empty message',
    ],
    ['a null event', [null], 'logEvents[0] needs an integer timestamp (epoch ms) and a non-empty message'],
  ])('refuses %s and writes nothing', (_what, events, message) => {
    createLogStream({ logGroupName: 'g', logStreamName: 's' }, t.context);
    expect(apiErrorOf(() => put('s', events))).toEqual(['InvalidParameterException', message]);
    expect(describeStreams().logStreams[0]?.storedBytes).toBe(0);
  });

  it('refuses an unknown stream', () => {
    expect(apiErrorOf(() => put('nope', [{ timestamp: 1, message: 'm' }]))).toEqual([
      'ResourceNotFoundException',
      'The specified log stream does not exist.',
    ]);
  });
});

describe('describeLogStreams', () => {
  beforeEach(() => {
    for (const [name, timestamp] of [
      ['states/b', 300],
      ['states/a', 100],
      ['other', 200],
    ] as const) {
      createLogStream({ logGroupName: 'g', logStreamName: name }, t.context);
      put(name, [{ timestamp, message: 'm' }]);
    }
    createLogStream({ logGroupName: 'g', logStreamName: 'empty' }, t.context);
  });

  it('orders by name, ascending or descending, optionally under a prefix', () => {
    expect(names(describeStreams())).toEqual(['empty', 'other', 'states/a', 'states/b']);
    expect(names(describeStreams({ descending: true }))).toEqual(['states/b', 'states/a', 'other', 'empty']);
    expect(names(describeStreams({ logStreamNamePrefix: 'states/' }))).toEqual(['states/a', 'states/b']);
  });

  it('orders by last event time, streams without events first', () => {
    expect(names(describeStreams({ orderBy: 'LastEventTime' }))).toEqual(['empty', 'states/a', 'other', 'states/b']);
    expect(names(describeStreams({ orderBy: 'LastEventTime', descending: true }))).toEqual(['states/b', 'other', 'states/a', 'empty']);
  });

  it('leaves out the event times of a stream without events', () => {
    const empty = describeStreams().logStreams[0]!;
    expect(empty).not.toHaveProperty('firstEventTimestamp');
    expect(empty).not.toHaveProperty('lastEventTimestamp');
    expect(empty).not.toHaveProperty('lastIngestionTime');
  });

  it('pages by limit with a token bound to the prefix, order and direction', () => {
    const first = describeStreams({ limit: 3 });
    expect(names(first)).toEqual(['empty', 'other', 'states/a']);
    expect(describeStreams({ limit: 3, nextToken: first.nextToken })).toEqual({
      logStreams: [expect.objectContaining({ logStreamName: 'states/b' })],
    });
    expect(apiErrorOf(() => describeStreams({ limit: 3, nextToken: first.nextToken, descending: true }))[0]).toBe('InvalidToken');
    expect(describeStreams({ limit: 4 }).nextToken).toBeUndefined();
  });

  it('refuses ordering by last event time together with a prefix, and an unknown order', () => {
    expect(apiErrorOf(() => describeStreams({ orderBy: 'LastEventTime', logStreamNamePrefix: 'states/' }))).toEqual([
      'InvalidParameterException',
      'Cannot order by LastEventTime with a logStreamNamePrefix.',
    ]);
    expect(apiErrorOf(() => describeStreams({ orderBy: 'Size' }))[0]).toBe('ValidationException');
  });
});

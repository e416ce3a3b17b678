import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { LogsStore, type LogEventRecord } from '@/lib/emulator/logs/logs-store';

const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function newStore(): LogsStore {
  const db = new Database(':memory:');
  open.push(db);
  return new LogsStore(db);
}

const messages = (events: LogEventRecord[]) => events.map((event) => event.message);

describe('LogsStore log groups', () => {
  it('creates a group and reads it back by region and name, with no stored bytes yet', () => {
    const store = newStore();
    const group = store.createLogGroup('us-east-1', '/aws/states/M', 1_000);
    expect(group).toEqual({ id: group.id, region: 'us-east-1', name: '/aws/states/M', creationTimeMs: 1_000, storedBytes: 0 });
    expect(store.getLogGroup('us-east-1', '/aws/states/M')).toEqual(group);
    expect(store.getLogGroup('eu-west-1', '/aws/states/M')).toBeUndefined();
  });

  it('refuses a second group of the same name in a region, but ensureLogGroup returns the existing one', () => {
    const store = newStore();
    const group = store.createLogGroup('us-east-1', 'g', 1_000);
    expect(() => store.createLogGroup('us-east-1', 'g', 2_000)).toThrow(/UNIQUE constraint failed/);
    expect(store.ensureLogGroup('us-east-1', 'g', 3_000)).toEqual(group);
    expect(store.ensureLogGroup('eu-west-1', 'g', 3_000)).toMatchObject({ region: 'eu-west-1', creationTimeMs: 3_000 });
  });

  it('lists a region’s groups by name under a literal prefix, with offset and limit', () => {
    const store = newStore();
    for (const name of ['/b', '/a/2', '/a/1', 'a_x', 'abc']) store.createLogGroup('us-east-1', name, 0);
    store.createLogGroup('eu-west-1', '/a/0', 0);
    const names = (prefix: string, offset = 0, limit = 10) => store.listLogGroups('us-east-1', prefix, offset, limit).map((g) => g.name);
    expect(names('')).toEqual(['/a/1', '/a/2', '/b', 'a_x', 'abc']);
    expect(names('/a/')).toEqual(['/a/1', '/a/2']);
    expect(names('a_')).toEqual(['a_x']);
    expect(names('', 1, 2)).toEqual(['/a/2', '/b']);
    expect(names('', 5, 2)).toEqual([]);
  });

  it('counts stored bytes as the length of the group’s messages', () => {
    const store = newStore();
    const group = store.createLogGroup('us-east-1', 'g', 0);
    const stream = store.createLogStream(group, 's', 0);
    store.putLogEvents(
      group,
      stream,
      [
        { timestampMs: 1, message: 'abc' },
        { timestampMs: 2, message: 'de' },
      ],
      10,
    );
    expect(store.getLogGroup('us-east-1', 'g')?.storedBytes).toBe(5);
  });

  it('deletes a group with its streams and events, and the name can be used again', () => {
    const store = newStore();
    const group = store.createLogGroup('us-east-1', 'g', 0);
    const stream = store.createLogStream(group, 's', 0);
    store.putLogEvents(group, stream, [{ timestampMs: 1, message: 'm' }], 10);
    store.deleteLogGroup(group);
    expect(store.getLogGroup('us-east-1', 'g')).toBeUndefined();
    const again = store.createLogGroup('us-east-1', 'g', 5);
    expect(store.listLogStreams(again, '')).toEqual([]);
    expect(store.queryEvents({ groupId: group.id, containing: [], limit: 10 })).toEqual([]);
  });
});

describe('LogsStore log streams', () => {
  it('creates a stream without events: no event times and no bytes', () => {
    const store = newStore();
    const group = store.createLogGroup('us-east-1', 'g', 0);
    expect(store.createLogStream(group, 's', 500)).toEqual({
      id: expect.any(Number),
      name: 's',
      creationTimeMs: 500,
      firstEventTimestampMs: null,
      lastEventTimestampMs: null,
      lastIngestionTimeMs: null,
      storedBytes: 0,
    });
    expect(() => store.createLogStream(group, 's', 600)).toThrow(/UNIQUE constraint failed/);
    expect(store.ensureLogStream(group, 's', 700).creationTimeMs).toBe(500);
  });

  it('reports the first and last event timestamps, the last ingestion time and the stored bytes of a stream', () => {
    const store = newStore();
    const group = store.createLogGroup('us-east-1', 'g', 0);
    const stream = store.createLogStream(group, 's', 0);
    store.putLogEvents(
      group,
      stream,
      [
        { timestampMs: 300, message: 'late' },
        { timestampMs: 100, message: 'early' },
      ],
      1_000,
    );
    store.putLogEvents(group, stream, [{ timestampMs: 200, message: 'mid' }], 2_000);
    expect(store.getLogStream(group, 's')).toMatchObject({
      firstEventTimestampMs: 100,
      lastEventTimestampMs: 300,
      lastIngestionTimeMs: 2_000,
      storedBytes: 12,
    });
  });

  it('lists a group’s streams by name under a prefix, and not those of another group', () => {
    const store = newStore();
    const group = store.createLogGroup('us-east-1', 'g', 0);
    const other = store.createLogGroup('us-east-1', 'h', 0);
    for (const name of ['states/b', 'states/a', 'other']) store.createLogStream(group, name, 0);
    store.createLogStream(other, 'states/c', 0);
    expect(store.listLogStreams(group, '').map((s) => s.name)).toEqual(['other', 'states/a', 'states/b']);
    expect(store.listLogStreams(group, 'states/').map((s) => s.name)).toEqual(['states/a', 'states/b']);
  });
});

describe('LogsStore events', () => {
  function filled() {
    const store = newStore();
    const group = store.createLogGroup('us-east-1', 'g', 0);
    const a = store.createLogStream(group, 'a', 0);
    const b = store.createLogStream(group, 'b', 0);
    store.putLogEvents(
      group,
      a,
      [
        { timestampMs: 20, message: 'a20 ExecutionStarted' },
        { timestampMs: 10, message: 'a10 ExecutionFailed' },
      ],
      100,
    );
    store.putLogEventBatch(
      [
        [group.id, b.id, { timestampMs: 20, message: 'b20 ExecutionFailed' }],
        [group.id, b.id, { timestampMs: 30, message: 'b30 PassStateEntered' }],
      ],
      200,
    );
    return { store, group, a, b };
  }

  it('answers a group’s events in (timestamp, id) order across streams, with stream names and ingestion times', () => {
    const { store, group } = filled();
    const events = store.queryEvents({ groupId: group.id, containing: [], limit: 10 });
    expect(messages(events)).toEqual(['a10 ExecutionFailed', 'a20 ExecutionStarted', 'b20 ExecutionFailed', 'b30 PassStateEntered']);
    expect(events.map((e) => [e.streamName, e.ingestionTimeMs])).toEqual([
      ['a', 100],
      ['a', 100],
      ['b', 200],
      ['b', 200],
    ]);
    expect(messages(store.queryEvents({ groupId: group.id, containing: [], limit: 10 }, true))).toEqual([
      'b30 PassStateEntered',
      'b20 ExecutionFailed',
      'a20 ExecutionStarted',
      'a10 ExecutionFailed',
    ]);
  });

  it('narrows by streams, by an inclusive time range, by texts every message must contain, and by limit', () => {
    const { store, group, a, b } = filled();
    const query = (extra: object) => messages(store.queryEvents({ groupId: group.id, containing: [], limit: 10, ...extra }));
    expect(query({ streamIds: [b.id] })).toEqual(['b20 ExecutionFailed', 'b30 PassStateEntered']);
    expect(query({ streamIds: [] })).toEqual([]);
    expect(query({ streamIds: [a.id, b.id], startTimeMs: 20, endTimeMs: 20 })).toEqual(['a20 ExecutionStarted', 'b20 ExecutionFailed']);
    expect(query({ containing: ['ExecutionFailed'] })).toEqual(['a10 ExecutionFailed', 'b20 ExecutionFailed']);
    expect(query({ containing: ['ExecutionFailed', 'b20'] })).toEqual(['b20 ExecutionFailed']);
    expect(query({ containing: ['%'] })).toEqual([]);
    expect(query({ limit: 1 })).toEqual(['a10 ExecutionFailed']);
  });

  it('continues after a position, forward or backward, ties on the timestamp broken by id', () => {
    const { store, group } = filled();
    const all = store.queryEvents({ groupId: group.id, containing: [], limit: 10 });
    const second = all[1]!;
    const position = store.positionOf(second.id);
    expect(position).toEqual({ timestampMs: 20, id: second.id });
    expect(messages(store.queryEvents({ groupId: group.id, containing: [], limit: 10, after: position }))).toEqual([
      'b20 ExecutionFailed',
      'b30 PassStateEntered',
    ]);
    expect(messages(store.queryEvents({ groupId: group.id, containing: [], limit: 10, after: position }, true))).toEqual([
      'a10 ExecutionFailed',
    ]);
    expect(store.positionOf(9_999)).toBeUndefined();
  });
});

import type Database from 'better-sqlite3';

// The CloudWatch Logs side of the emulator shares the Step Functions database; its tables are created
// here (IF NOT EXISTS), so older databases gain them on the next start without a schema bump.
const LOGS_SCHEMA = `
CREATE TABLE IF NOT EXISTS log_groups (
  id INTEGER PRIMARY KEY,
  region TEXT NOT NULL,
  name TEXT NOT NULL,
  creation_time_ms INTEGER NOT NULL,
  UNIQUE (region, name)
);
CREATE TABLE IF NOT EXISTS log_streams (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL REFERENCES log_groups(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  creation_time_ms INTEGER NOT NULL,
  UNIQUE (group_id, name)
);
CREATE TABLE IF NOT EXISTS log_events (
  id INTEGER PRIMARY KEY,
  group_id INTEGER NOT NULL,
  stream_id INTEGER NOT NULL,
  timestamp_ms INTEGER NOT NULL,
  ingestion_time_ms INTEGER NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS log_events_by_group_time ON log_events(group_id, timestamp_ms, id);
CREATE INDEX IF NOT EXISTS log_events_by_stream_time ON log_events(stream_id, timestamp_ms, id);
`;

export interface LogGroupRecord {
  id: number;
  region: string;
  name: string;
  creationTimeMs: number;
  storedBytes: number;
}

export interface LogStreamRecord {
  id: number;
  name: string;
  creationTimeMs: number;
  firstEventTimestampMs: number | null;
  lastEventTimestampMs: number | null;
  lastIngestionTimeMs: number | null;
  storedBytes: number;
}

export interface LogEventRecord {
  id: number;
  streamName: string;
  timestampMs: number;
  ingestionTimeMs: number;
  message: string;
}

export interface NewLogEvent {
  timestampMs: number;
  message: string;
}

export interface LogEventQuery {
  groupId: number;
  streamIds?: number[];
  startTimeMs?: number;
  endTimeMs?: number;
  /** Rows must contain every one of these texts (a pre-filter; the caller still applies the pattern). */
  containing: string[];
  /** Continue after this (timestamp, id) position. */
  after?: { timestampMs: number; id: number };
  limit: number;
}

interface GroupRow {
  id: number;
  region: string;
  name: string;
  creation_time_ms: number;
  stored_bytes: number | null;
}

interface StreamRow {
  id: number;
  name: string;
  creation_time_ms: number;
  first_ts: number | null;
  last_ts: number | null;
  last_ingestion: number | null;
  stored_bytes: number | null;
}

interface EventRow {
  id: number;
  stream_name: string;
  timestamp_ms: number;
  ingestion_time_ms: number;
  message: string;
}

function toGroup(row: GroupRow): LogGroupRecord {
  return { id: row.id, region: row.region, name: row.name, creationTimeMs: row.creation_time_ms, storedBytes: row.stored_bytes ?? 0 };
}

function toStream(row: StreamRow): LogStreamRecord {
  return {
    id: row.id,
    name: row.name,
    creationTimeMs: row.creation_time_ms,
    firstEventTimestampMs: row.first_ts,
    lastEventTimestampMs: row.last_ts,
    lastIngestionTimeMs: row.last_ingestion,
    storedBytes: row.stored_bytes ?? 0,
  };
}

function toEvent(row: EventRow): LogEventRecord {
  return {
    id: row.id,
    streamName: row.stream_name,
    timestampMs: row.timestamp_ms,
    ingestionTimeMs: row.ingestion_time_ms,
    message: row.message,
  };
}

const GROUP_COLUMNS = `g.id, g.region, g.name, g.creation_time_ms,
  (SELECT sum(length(message)) FROM log_events e WHERE e.group_id = g.id) AS stored_bytes`;
const STREAM_COLUMNS = `s.id, s.name, s.creation_time_ms,
  (SELECT min(timestamp_ms) FROM log_events e WHERE e.stream_id = s.id) AS first_ts,
  (SELECT max(timestamp_ms) FROM log_events e WHERE e.stream_id = s.id) AS last_ts,
  (SELECT max(ingestion_time_ms) FROM log_events e WHERE e.stream_id = s.id) AS last_ingestion,
  (SELECT sum(length(message)) FROM log_events e WHERE e.stream_id = s.id) AS stored_bytes`;

/** Log groups, streams and events of the emulator's CloudWatch Logs API, in the emulator's SQLite. */
export class LogsStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    db.exec(LOGS_SCHEMA);
    this.statements = {
      insertGroup: db.prepare(`INSERT INTO log_groups (region, name, creation_time_ms) VALUES (?, ?, ?)`),
      getGroup: db.prepare<[string, string], GroupRow>(`SELECT ${GROUP_COLUMNS} FROM log_groups g WHERE g.region = ? AND g.name = ?`),
      listGroups: db.prepare<[string, string, string, number, number], GroupRow>(
        `SELECT ${GROUP_COLUMNS} FROM log_groups g WHERE g.region = ? AND substr(g.name, 1, length(?)) = ?
         ORDER BY g.name LIMIT ? OFFSET ?`,
      ),
      deleteGroupEvents: db.prepare(`DELETE FROM log_events WHERE group_id = ?`),
      deleteGroupStreams: db.prepare(`DELETE FROM log_streams WHERE group_id = ?`),
      deleteGroup: db.prepare(`DELETE FROM log_groups WHERE id = ?`),
      insertStream: db.prepare(`INSERT INTO log_streams (group_id, name, creation_time_ms) VALUES (?, ?, ?)`),
      getStream: db.prepare<[number, string], StreamRow>(`SELECT ${STREAM_COLUMNS} FROM log_streams s WHERE s.group_id = ? AND s.name = ?`),
      listStreams: db.prepare<[number, string, string], StreamRow>(
        `SELECT ${STREAM_COLUMNS} FROM log_streams s WHERE s.group_id = ? AND substr(s.name, 1, length(?)) = ? ORDER BY s.name`,
      ),
      insertEvent: db.prepare(
        `INSERT INTO log_events (group_id, stream_id, timestamp_ms, ingestion_time_ms, message) VALUES (?, ?, ?, ?, ?)`,
      ),
      eventPosition: db.prepare<[number], { timestamp_ms: number; id: number }>(`SELECT timestamp_ms, id FROM log_events WHERE id = ?`),
    };
  }

  createLogGroup(region: string, name: string, nowMs: number): LogGroupRecord {
    this.statements.insertGroup.run(region, name, nowMs);
    const group = this.getLogGroup(region, name);
    if (!group) throw new Error(`log group ${name} in ${region} was not found right after it was inserted`);
    return group;
  }

  getLogGroup(region: string, name: string): LogGroupRecord | undefined {
    const row = this.statements.getGroup.get(region, name);
    return row && toGroup(row);
  }

  /** The group, created if missing (Step Functions delivery to a group that exists on AWS). */
  ensureLogGroup(region: string, name: string, nowMs: number): LogGroupRecord {
    return this.getLogGroup(region, name) ?? this.createLogGroup(region, name, nowMs);
  }

  /** Groups whose name starts with `prefix`, by name, skipping the first `offset`. */
  listLogGroups(region: string, prefix: string, offset: number, limit: number): LogGroupRecord[] {
    return this.statements.listGroups.all(region, prefix, prefix, limit, offset).map(toGroup);
  }

  deleteLogGroup(group: LogGroupRecord): void {
    this.db.transaction(() => {
      this.statements.deleteGroupEvents.run(group.id);
      this.statements.deleteGroupStreams.run(group.id);
      this.statements.deleteGroup.run(group.id);
    })();
  }

  createLogStream(group: LogGroupRecord, name: string, nowMs: number): LogStreamRecord {
    this.statements.insertStream.run(group.id, name, nowMs);
    const stream = this.getLogStream(group, name);
    if (!stream) throw new Error(`log stream ${name} of log group ${group.name} was not found right after it was inserted`);
    return stream;
  }

  getLogStream(group: LogGroupRecord, name: string): LogStreamRecord | undefined {
    const row = this.statements.getStream.get(group.id, name);
    return row && toStream(row);
  }

  ensureLogStream(group: LogGroupRecord, name: string, nowMs: number): LogStreamRecord {
    return this.getLogStream(group, name) ?? this.createLogStream(group, name, nowMs);
  }

  listLogStreams(group: LogGroupRecord, prefix: string): LogStreamRecord[] {
    return this.statements.listStreams.all(group.id, prefix, prefix).map(toStream);
  }

  /** Appends events to one stream in a single transaction. */
  putLogEvents(group: LogGroupRecord, stream: LogStreamRecord, events: NewLogEvent[], nowMs: number): void {
    this.db.transaction(() => {
      for (const event of events) this.statements.insertEvent.run(group.id, stream.id, event.timestampMs, nowMs, event.message);
    })();
  }

  /** Writes many events in one transaction: [group id, stream id, event] triples. */
  putLogEventBatch(batch: ReadonlyArray<readonly [groupId: number, streamId: number, event: NewLogEvent]>, nowMs: number): void {
    this.db.transaction(() => {
      for (const [groupId, streamId, event] of batch)
        this.statements.insertEvent.run(groupId, streamId, event.timestampMs, nowMs, event.message);
    })();
  }

  positionOf(eventId: number): { timestampMs: number; id: number } | undefined {
    const row = this.statements.eventPosition.get(eventId);
    return row && { timestampMs: row.timestamp_ms, id: row.id };
  }

  /** Events of a group (or some of its streams) in (timestamp, id) order, ascending or descending. */
  queryEvents(query: LogEventQuery, descending = false): LogEventRecord[] {
    const where = ['e.group_id = ?'];
    const params: Array<string | number> = [query.groupId];
    if (query.streamIds) {
      where.push(`e.stream_id IN (${query.streamIds.map(() => '?').join(', ') || 'NULL'})`);
      params.push(...query.streamIds);
    }
    if (query.startTimeMs !== undefined) {
      where.push('e.timestamp_ms >= ?');
      params.push(query.startTimeMs);
    }
    if (query.endTimeMs !== undefined) {
      where.push('e.timestamp_ms <= ?');
      params.push(query.endTimeMs);
    }
    for (const text of query.containing) {
      where.push('instr(e.message, ?) > 0');
      params.push(text);
    }
    if (query.after) {
      where.push(descending ? '(e.timestamp_ms, e.id) < (?, ?)' : '(e.timestamp_ms, e.id) > (?, ?)');
      params.push(query.after.timestampMs, query.after.id);
    }
    const order = descending ? 'DESC' : 'ASC';
    const sql = `SELECT e.id, s.name AS stream_name, e.timestamp_ms, e.ingestion_time_ms, e.message
      FROM log_events e JOIN log_streams s ON s.id = e.stream_id
      WHERE ${where.join(' AND ')} ORDER BY e.timestamp_ms ${order}, e.id ${order} LIMIT ?`;
    return (this.db.prepare(sql).all(...params, query.limit) as EventRow[]).map(toEvent);
  }
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { toLogExecutionEvent } from '@/lib/history/to-log-execution-event';
import type { StateVisit } from '@/lib/history/types';
import { AWS_LOG_CASES_DIR } from '../../support/corpus/shared-corpus';

const LOGS = AWS_LOG_CASES_DIR;

describe('toLogExecutionEvent', () => {
  it('reads a CloudWatch Logs record (string numbers, epoch milliseconds, flat details)', () => {
    const event = toLogExecutionEvent(
      {
        id: '3',
        type: 'PassStateExited',
        details: { name: 'LogInput', output: '{"a":1}', outputDetails: { truncated: true } },
        previous_event_id: '2',
        event_timestamp: '1713959670680',
        execution_arn: 'arn:aws:states:eu-central-1:123456789012:express:M:run:4135',
        redrive_count: '0',
      },
      { source: 'log' },
    );
    expect(event).toMatchObject({ id: 3, previousEventId: 2, type: 'PassStateExited', timestamp: new Date(1_713_959_670_680) });
    expect(event.details).toMatchObject({ name: 'LogInput', output: '{"a":1}', outputTruncated: true });
  });

  it('names the record and field when a record is malformed', () => {
    expect(() =>
      toLogExecutionEvent({ id: 'x', type: 'PassStateEntered', event_timestamp: '1' }, { source: 'stream', eventIndex: 4 }),
    ).toThrow("stream, events[4], field 'id': expected an integer of at least 1");
  });
});

const visitShape = (visits: StateVisit[]): unknown[] =>
  visits.map((v) => [v.name, v.type, v.status, v.children.map((g) => [g.kind, g.index, visitShape(g.visits)])]);

describe.skipIf(!existsSync(LOGS))('log records recorded on AWS (../shared/aws-logs)', () => {
  it('give the same visits as GetExecutionHistory for the same execution, at level ALL', () => {
    let compared = 0;
    for (const file of readdirSync(LOGS)) {
      const c = JSON.parse(readFileSync(path.join(LOGS, file), 'utf8')) as {
        logLevel: string;
        artifacts: string[];
        records: unknown[];
        history?: unknown[];
      };
      if (c.logLevel !== 'ALL' || c.artifacts.length || !c.history) continue;
      const fromLogs = buildExecutionTimeline(c.records.map((r, i) => toLogExecutionEvent(r, { source: file, eventIndex: i })));
      const fromHistory = buildExecutionTimeline(parseHistoryDocument(c.history, file).events);
      expect(visitShape(fromLogs.visits), file).toEqual(visitShape(fromHistory.visits));
      expect(fromLogs.status, file).toBe(fromHistory.status);
      expect(fromLogs.transitions, file).toEqual(fromHistory.transitions);
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
  });
});

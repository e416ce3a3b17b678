import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { describeLogCoverage } from '@/lib/history/describe-log-coverage';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { groupLogRecords, readLogRecords } from '@/lib/history/read-log-records';
import { toExecutionEvent } from '@/lib/history/to-execution-event';
import { toLogExecutionEvent } from '@/lib/history/to-log-execution-event';
import { toLogHistoryEvent } from '@/lib/history/to-log-history-event';
import { AWS_LOG_CASES_DIR } from '../../support/corpus/shared-corpus';

const CASES = AWS_LOG_CASES_DIR;
const hasCorpus = existsSync(CASES);
if (!hasCorpus) console.warn(`Skipping the CloudWatch Logs corpus tests: ${CASES} is absent (it lives in ../shared, outside the repo).`);

interface LogCase {
  name: string;
  type: 'STANDARD' | 'EXPRESS';
  logLevel: 'ALL' | 'ERROR' | 'FATAL';
  includeExecutionData: boolean;
  status: string | null;
  artifacts: string[];
  executionCount: number;
  records: unknown[];
  history: Array<Record<string, unknown>> | null;
}

const DATA_FIELDS = new Set(['input', 'inputDetails', 'output', 'outputDetails', 'parameters']);

/** The history event as the log would carry it: data fields dropped without execution data, empty members dropped. */
function expectedFromHistory(event: Record<string, unknown>, includeExecutionData: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(event)) {
    if (key === 'timestamp') continue;
    if (!key.endsWith('EventDetails')) {
      out[key] = value;
      continue;
    }
    const member = Object.fromEntries(
      Object.entries(value as Record<string, unknown>).filter(([k]) => includeExecutionData || !DATA_FIELDS.has(k)),
    );
    if (Object.keys(member).length > 0) out[key] = member;
  }
  return out;
}

function loadCases(): LogCase[] {
  return readdirSync(CASES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(CASES, f), 'utf8')) as LogCase);
}

describe.skipIf(!hasCorpus)('CloudWatch Logs records recorded on AWS (../shared/aws-logs)', () => {
  const cases = hasCorpus ? loadCases() : [];

  it('covers every level, with and without execution data, and a stream shared by several executions', () => {
    expect(cases).toHaveLength(14);
    const configs = new Set(cases.map((c) => `${c.logLevel}/${c.includeExecutionData}`));
    expect([...configs].sort()).toEqual(['ALL/false', 'ALL/true', 'ERROR/false', 'ERROR/true', 'FATAL/false', 'FATAL/true']);
  });

  it('groups records by execution_arn: one execution per case, three in the shared stream', () => {
    for (const c of cases) {
      const executions = groupLogRecords(readLogRecords(c.records, c.name));
      expect(executions, c.name).toHaveLength(c.executionCount);
    }
    const shared = cases.find((c) => c.artifacts.includes('multiple-executions'))!;
    const executions = groupLogRecords(readLogRecords(shared.records, shared.name));
    expect(executions.map((e) => e.records.map((r) => `${r.id}:${r.type}`))).toEqual(
      Array.from({ length: 3 }, () => ['1:ExecutionStarted', '2:PassStateEntered', '3:PassStateExited', '4:ExecutionSucceeded']),
    );
  });

  it('rebuilds each record as the GetExecutionHistory event with the same id, at every level, with and without data', () => {
    let compared = 0;
    let casesCompared = 0;
    for (const c of cases.filter((x) => x.history)) {
      const byId = new Map(c.history!.map((e) => [Number(e.id), e]));
      c.records.forEach((record, eventIndex) => {
        const rebuilt = toLogHistoryEvent(record, { source: c.name, eventIndex });
        const { timestamp, ...withoutTime } = rebuilt;
        expect(timestamp, c.name).toBeNull(); // masked in the recording
        expect(withoutTime, `${c.name} event ${rebuilt.id}`).toEqual(expectedFromHistory(byId.get(rebuilt.id)!, c.includeExecutionData));
        compared++;
      });
      casesCompared++;
    }
    expect({ casesCompared, compared }).toEqual({ casesCompared: 8, compared: 20 });
  });

  it('converts each record to the same ExecutionEvent as the matching history event', () => {
    let equal = 0;
    for (const c of cases.filter((x) => x.history)) {
      const byId = new Map(c.history!.map((e) => [Number(e.id), e]));
      c.records.forEach((record, eventIndex) => {
        const at = { source: c.name, eventIndex };
        const fromLog = toLogExecutionEvent(record, at);
        const fromHistory = toExecutionEvent(expectedFromHistory(byId.get(fromLog.id)!, c.includeExecutionData), at);
        expect(fromLog, `${c.name} event ${fromLog.id}`).toEqual(fromHistory);
        equal++;
      });
    }
    expect(equal).toBe(20);
  });

  it('gives the recorded status and, at ALL with data, the same timeline as the history', () => {
    let sameTimeline = 0;
    for (const c of cases) {
      for (const execution of groupLogRecords(readLogRecords(c.records, c.name))) {
        const timeline = buildExecutionTimeline(execution.records.map((r, i) => toLogExecutionEvent(r, { source: c.name, eventIndex: i })));
        expect(timeline.status, c.name).toBe(c.status);
        if (c.history && c.logLevel === 'ALL') {
          const fromHistory = buildExecutionTimeline(parseHistoryDocument(c.history, c.name).events);
          expect(
            timeline.visits.map((v) => [v.name, v.type, v.status]),
            c.name,
          ).toEqual(fromHistory.visits.map((v) => [v.name, v.type, v.status]));
          expect(timeline.error, c.name).toBe(fromHistory.error);
          expect(timeline.cause, c.name).toBe(fromHistory.cause);
          if (c.includeExecutionData) expect(timeline.output?.text, c.name).toBe(fromHistory.output?.text);
          sameTimeline++;
        }
      }
    }
    expect(sameTimeline).toBe(4);
  });

  it('infers from the records alone what the log level and data flag left out', () => {
    // A lone terminal record cannot tell level FATAL from ALL with lost records; those cases are checked below.
    for (const c of cases.filter((x) => !x.artifacts.includes('terminal-record-only'))) {
      const records = readLogRecords(c.records, c.name);
      const coverage = describeLogCoverage(undefined, records);
      expect(coverage.level, c.name).toBe(c.logLevel);
      // A FATAL ExecutionFailed carries no data either way (aws-logs README), so the flag is unknowable there.
      if (c.logLevel !== 'FATAL') expect(coverage.includeExecutionData, c.name).toBe(c.includeExecutionData);
      expect(coverage.complete, c.name).toBe(c.logLevel === 'ALL' && !c.artifacts.includes('terminal-record-only'));
    }
    const error = cases.find((c) => c.logLevel === 'ERROR' && !c.includeExecutionData)!;
    expect(describeLogCoverage(undefined, readLogRecords(error.records, error.name)).missing).toEqual([
      'Only failure events are logged at level ERROR: ExecutionStarted, state entries and exits, and successful task events are not, so there is no start time, no path to the failure and no state durations.',
      'Executions that succeed write nothing at level ERROR, so they are not listed.',
      'Inputs and outputs are not logged (includeExecutionData is false): states show their names, errors and causes, but no input, output or task parameters.',
    ]);
  });

  it('reads terminal-only Express records: the express ARN form, status and output', () => {
    const express = cases.filter((c) => c.type === 'EXPRESS');
    expect(express).toHaveLength(5);
    for (const c of express) {
      const [execution] = groupLogRecords(readLogRecords(c.records, c.name));
      expect(execution!.executionArn, c.name).toMatch(/^arn:<partition>:states:<region>:111111111111:express:[^:]+:[^:]+:[^:]+$/);
      // Read with the configuration the test used (ALL, with data), the lone record shows the gap.
      const coverage = describeLogCoverage({ level: c.logLevel, includeExecutionData: c.includeExecutionData }, execution!.records);
      expect(coverage.complete, c.name).toBe(false);
      expect(coverage.missing, c.name).toEqual([expect.stringMatching(/^\d+ events are missing from the log although the level is ALL/)]);
      const timeline = buildExecutionTimeline(execution!.records.map((r, i) => toLogExecutionEvent(r, { source: c.name, eventIndex: i })));
      expect(timeline.status, c.name).toBe(c.status);
    }
  });
});

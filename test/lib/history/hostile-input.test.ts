import { afterAll, describe, expect, it } from 'vitest';
import { readHistoryFile } from '@/components/execution-detail/read-history-file';
import { formatJson } from '@/lib/format/format-json';
import { formatJsonDocument } from '@/lib/format/format-json-document';
import { formatTimelineText } from '@/lib/format/format-timeline-text';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { describeLogCoverage } from '@/lib/history/describe-log-coverage';
import { HistoryInputError } from '@/lib/history/history-input-error';
import { parseHistoryDocument, parseHistoryJson } from '@/lib/history/parse-history-document';
import { parseErrorCause } from '@/lib/history/parse-error-cause';
import { payloadValue } from '@/lib/history/payload';
import { groupLogRecords, readLogRecords } from '@/lib/history/read-log-records';
import { toExecutionEvent } from '@/lib/history/to-execution-event';
import { toLogExecutionEvent, type LogRecord } from '@/lib/history/to-log-execution-event';
import { toLogHistoryEvent } from '@/lib/history/to-log-history-event';
import { toTimelineDocument } from '@/lib/history/to-timeline-document';
import type { ExecutionTimeline } from '@/lib/history/types';
import { FuzzRunner } from '../../integration/fuzz/support/fuzz-runner';

// Issue 10: garbled or hostile history files end with a result or a HistoryInputError, never a
// TypeError, a RangeError or a hang. Inputs found by test/integration/fuzz land here as regression tests.

const T0 = 1_773_133_200;
const started = { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: T0, executionStartedEventDetails: { input: '{}' } };
const pass = (id: number, previousEventId: number, name = 'A') => [
  { id, previousEventId, type: 'PassStateEntered', timestamp: T0 + id, stateEnteredEventDetails: { name, input: '{}' } },
  { id: id + 1, previousEventId: id, type: 'PassStateExited', timestamp: T0 + id + 1, stateExitedEventDetails: { name, output: '{}' } },
];
const succeeded = (id: number, previousEventId: number) => ({
  id,
  previousEventId,
  type: 'ExecutionSucceeded',
  timestamp: T0 + id,
  executionSucceededEventDetails: { output: '{}' },
});

function timelineOf(document: unknown): ExecutionTimeline {
  const parsed = parseHistoryDocument(document, 'h.json');
  return buildExecutionTimeline(parsed.events, parsed);
}

/** What `statescope timeline` prints for a timeline: the --json document and the text. */
function renderAll(timeline: ExecutionTimeline): string {
  const json = formatJsonDocument(toTimelineDocument(timeline));
  return json + formatTimelineText(timeline);
}

const DEPTH = 10_000;
const deepArrayText = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
const deepObjectText = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
const deepArray = (): unknown => JSON.parse(deepArrayText);

describe('hostile histories: ids', () => {
  // A hang cannot fail a test in the thread that hangs, so this one runs on the fuzz suite's watchdog.
  const runner = new FuzzRunner(5_000);
  afterAll(() => runner.stop());

  it('names the event that cannot be given an id after the largest safe id, instead of counting forever', async () => {
    const document = {
      artifacts: ['parallel-branches-normalized'],
      events: [
        { ...started, id: Number.MAX_SAFE_INTEGER },
        { id: [0], previousEventId: 0, type: 'PassStateEntered', timestamp: 'timestamp', stateEnteredEventDetails: { name: 'B' } },
        { id: [0], previousEventId: 0, type: 'PassStateExited', timestamp: 'timestamp', stateExitedEventDetails: { name: 'B' } },
      ],
    };
    const outcome = await runner.run({ target: 'timeline-file', text: JSON.stringify(document), json: true, definition: null });
    expect(outcome).toMatchObject({ kind: 'input-error' });
    expect(outcome.message).toMatch(/^fuzz-input\.json, events\[1\], field 'id': /);
    expect(outcome.message).toContain('9007199254740991');
  }, 20_000);
});

describe('hostile histories: deep nesting (10,000 levels)', () => {
  it('reads a data field held parsed, and shows levels past the limit as a note', () => {
    const exited = { ...pass(2, 0)[1], stateExitedEventDetails: { name: 'A', output: deepArray() } };
    const t = timelineOf([started, pass(2, 0)[0], exited, succeeded(4, 3)]);
    const out = renderAll(t);
    expect(out).toContain('nested deeper than 100 levels');
  });

  it('reads a data field whose JSON text nests 10,000 levels, in the CLI JSON and on the page', () => {
    for (const text of [deepArrayText, deepObjectText]) {
      const [entered, exited] = pass(2, 0);
      const t = timelineOf([started, entered, { ...exited, stateExitedEventDetails: { name: 'A', output: text } }, succeeded(4, 3)]);
      expect(renderAll(t)).toContain('nested deeper than 100 levels');
      expect(formatJson(text)).toContain('nested deeper than 100 levels');
      expect(payloadValue({ text, truncated: false })).toBeDefined();
    }
  });

  it('keeps the details of an unknown event type, however deep, in the JSON output', () => {
    const unknown = { id: 2, previousEventId: 1, type: 'FutureThing', timestamp: T0 + 2, futureThingEventDetails: { x: deepArray() } };
    const out = renderAll(timelineOf([started, unknown]));
    expect(out).toContain('FutureThing');
    expect(out).toContain('nested deeper than 100 levels');
  });

  it('reads an error cause whose stack trace nests 10,000 levels', () => {
    const cause = JSON.stringify({ errorMessage: 'm', errorType: 'T' }).replace('}', `,"stackTrace":[${deepArrayText}]}`);
    const parsed = parseErrorCause(cause);
    expect(parsed.errorMessage).toBe('m');
    expect(parsed.stackTrace?.[0]).toContain('nested deeper than 100 levels');
  });

  it('names a deeply nested array in an error message without overflowing', () => {
    expect(() => toExecutionEvent({ ...started, id: deepArray() }, { source: 'h.json', eventIndex: 0 })).toThrow(
      /^h\.json, events\[0\], field 'id': expected an integer of at least 1, got an array \(\[\[\[/,
    );
  });

  it('reads a CloudWatch Logs record whose details nest 10,000 levels', () => {
    const records = [
      {
        id: '1',
        type: 'ExecutionStarted',
        details: { input: deepArray() },
        previous_event_id: '0',
        event_timestamp: '1773133200000',
        execution_arn: 'arn',
      },
      {
        id: '2',
        type: 'PassStateEntered',
        details: { name: 'A', input: deepArray() },
        previous_event_id: '1',
        event_timestamp: '1773133200001',
        execution_arn: 'arn',
      },
    ];
    const timeline = buildExecutionTimeline(
      records.map((record, eventIndex) => toLogExecutionEvent(record, { source: 'logs.json', eventIndex })),
    );
    expect(renderAll(timeline)).toContain('nested deeper than 100 levels');
  });

  it('reads Map states nested 4,000 deep, shown to 100 levels with a warning (CLI and /import)', () => {
    const events: Record<string, unknown>[] = [started];
    const emit = (type: string, previousEventId: number, details?: Record<string, unknown>) => {
      const id = events.length + 1;
      const key = type.endsWith('StateEntered')
        ? 'stateEnteredEventDetails'
        : type.endsWith('StateExited')
          ? 'stateExitedEventDetails'
          : `${type[0]!.toLowerCase()}${type.slice(1)}EventDetails`;
      events.push({ id, previousEventId, type, timestamp: T0 + id / 1000, ...(details && { [key]: details }) });
      return id;
    };
    let prev = 1;
    for (let level = 0; level < 4_000; level++) {
      const entered = emit('MapStateEntered', prev, { name: `M${level}` });
      prev = emit('MapIterationStarted', emit('MapStateStarted', entered, { length: 1 }), { index: 0, name: `M${level}` });
    }
    prev = emit('PassStateExited', emit('PassStateEntered', prev, { name: 'P' }), { name: 'P' });
    for (let level = 3_999; level >= 0; level--) {
      prev = emit('MapStateExited', emit('MapStateSucceeded', emit('MapIterationSucceeded', prev, { index: 0, name: `M${level}` })), {
        name: `M${level}`,
      });
    }
    emit('ExecutionSucceeded', prev, { output: '{}' });
    const t = timelineOf({ events });
    expect(t.status).toBe('SUCCEEDED');
    expect(t.warnings.join('\n')).toMatch(/3900 states nested deeper than 100 Map and Parallel levels are shown at level 100/);
    renderAll(t);
    const imported = readHistoryFile('deep.json', JSON.stringify({ events }));
    expect(imported.view.warnings.join('\n')).toContain('nested deeper than 100 Map and Parallel levels');
  });
});

describe('hostile histories: timestamps out of the range of dates', () => {
  it('names the event and field for epoch numbers no Date can hold', () => {
    for (const timestamp of [1e20, -1e20, '100000000000000000000']) {
      expect(() => parseHistoryDocument([started, { ...pass(2, 1)[0], timestamp }], 'h.json')).toThrow(
        /^h\.json, events\[1\], field 'timestamp': .* is outside the range of dates/,
      );
    }
  });

  it('does the same for a CloudWatch Logs record, through both readers', () => {
    const record = {
      id: '1',
      type: 'ExecutionStarted',
      details: {},
      previous_event_id: '0',
      event_timestamp: '100000000000000000000',
      execution_arn: 'arn',
    };
    const at = { source: 'logs.json', eventIndex: 0 };
    expect(() => toLogExecutionEvent(record, at)).toThrow(/^logs\.json, events\[0\], field 'timestamp': .* is outside the range of dates/);
    expect(() => toLogHistoryEvent(record, at)).toThrow(
      /^logs\.json, events\[0\], field 'event_timestamp': .* is outside the range of dates/,
    );
  });
});

describe('hostile CloudWatch Logs records', () => {
  const record = (fields: Record<string, unknown>): Record<string, unknown> => ({
    id: '1',
    type: 'ExecutionStarted',
    details: {},
    previous_event_id: '0',
    event_timestamp: '1773133200000',
    execution_arn: 'arn:x',
    ...fields,
  });

  it('reads a record with "details": null as one without details, in the coverage too', () => {
    const records = readLogRecords(
      [record({ details: null }), record({ id: '2', type: 'ExecutionSucceeded', details: null, previous_event_id: '1' })],
      'logs.json',
    );
    expect(describeLogCoverage(undefined, records)).toMatchObject({ level: 'ALL', complete: true });
    const events = records.map((r, eventIndex) => toLogExecutionEvent(r, { source: 'logs.json', eventIndex }));
    expect(events.map((e) => e.type)).toEqual(['ExecutionStarted', 'ExecutionSucceeded']);
  });

  it('names the field of a record whose id, execution_arn, ids or details have the wrong type', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ id: { toString: 1 } }, 'id'],
      [{ execution_arn: { toString: 1 } }, 'execution_arn'],
      [{ previous_event_id: [1] }, 'previous_event_id'],
      [{ details: 'input' }, 'details'],
      [{ event_timestamp: {} }, 'event_timestamp'],
    ];
    for (const [fields, field] of cases) {
      expect(() => readLogRecords([record({}), record(fields)], 'logs.json'), field).toThrow(
        new RegExp(`^logs\\.json, events\\[1\\], field '${field}': `),
      );
      // The same record inside a log event's message.
      expect(() => readLogRecords({ events: [{ message: JSON.stringify(record(fields)) }] }, 'logs.json'), field).toThrow(
        HistoryInputError,
      );
    }
  });

  it('counts the ids missing from a log of any size (no argument-spread limit)', () => {
    const records = Array.from({ length: 200_000 }, (_, i) => record({ id: String(i * 2 + 1) }) as unknown as LogRecord);
    expect(describeLogCoverage(undefined, records).missing.join(' ')).toContain('199999 events are missing');
    expect(groupLogRecords(records)[0]!.records).toHaveLength(200_000);
  });
});

describe('hostile histories: previousEventId links that loop', () => {
  it('says which event names itself as its previous event, and marks the timeline partial', () => {
    const [entered, exited] = pass(2, 1);
    const t = timelineOf([started, entered, { ...exited, previousEventId: 3 }, succeeded(4, 3)]);
    expect(t.partial).toBe(true);
    expect(t.partialReasons).toContain('damaged-input');
    expect(t.warnings.join('\n')).toMatch(/the history is inconsistent: event 3 \(PassStateExited\) names itself as its previous event/);
    expect(formatTimelineText(t)).toContain('(partial: damaged-input)');
  });

  it('says which events form a loop', () => {
    const [entered, exited] = pass(2, 3);
    const t = timelineOf([started, entered, exited, succeeded(4, 3)]);
    expect(t.partialReasons).toContain('damaged-input');
    expect(t.warnings.join('\n')).toMatch(/the history is inconsistent: previousEventId links form a loop: events 2 → 3 → 2/);
  });

  it('says which event names a later event as its previous one', () => {
    const [entered, exited] = pass(2, 3);
    const t = timelineOf([started, entered, { ...exited, previousEventId: 1 }, succeeded(4, 3)]);
    expect(t.partialReasons).toContain('damaged-input');
    expect(t.warnings.join('\n')).toMatch(/event 2 \(PassStateEntered\) names a later event, 3, as its previous event/);
  });

  it('leaves a consistent history complete', () => {
    expect(timelineOf([started, ...pass(2, 1), succeeded(4, 3)])).toMatchObject({ partial: false, warnings: [] });
  });
});

describe('hostile definitions on the /import page', () => {
  it('refuses Map states nested 10,000 deep, or a Type nested 10,000 deep, with a message', () => {
    const history = JSON.stringify({ events: [started, ...pass(2, 1), succeeded(4, 3)] });
    const open = '{"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":';
    const nested = `${open.repeat(DEPTH)}{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}${',"End":true}}}'.repeat(DEPTH)}`;
    expect(() => readHistoryFile('h.json', history, { fileName: 'd.json', text: nested })).toThrow(
      /Map and Parallel states nest deeper than 100 levels/,
    );
    const deepType = `{"StartAt":"A","States":{"A":{"Type":${deepArrayText},"End":true}}}`;
    expect(() => readHistoryFile('h.json', history, { fileName: 'd.json', text: deepType })).toThrow(
      "definition: state 'A' has unknown Type an array",
    );
  });
});

describe('hostile histories: no scan grows with the square of the input', () => {
  // Each took seconds to minutes at this size when every event searched all visits or iterations.
  const runner = new FuzzRunner(4_000);
  afterAll(() => runner.stop());
  const N = 60_000;
  const event = (id: number, previousEventId: number, type: string, details?: Record<string, unknown>) => {
    const key = type.endsWith('StateEntered') ? 'stateEnteredEventDetails' : `${type[0]!.toLowerCase()}${type.slice(1)}EventDetails`;
    return { id, previousEventId, type, timestamp: T0 + id / 1000, ...(details && { [key]: details }) };
  };
  const shapes: Record<string, () => unknown[]> = {
    'Map iterations without an index': () => [
      started,
      event(2, 1, 'MapStateEntered', { name: 'M' }),
      event(3, 2, 'MapStateStarted'),
      ...Array.from({ length: N }, (_, i) => event(i + 4, 3, 'MapIterationStarted', { name: 'M' })),
    ],
    'task events with no chain, after open visits of another type': () => [
      started,
      ...Array.from({ length: N / 2 }, (_, i) => event(i + 2, 0, 'PassStateEntered', { name: 'P' })),
      ...Array.from({ length: N / 2 }, (_, i) => event(i + 2 + N / 2, 0, 'TaskScheduled', { resource: 'r', resourceType: 'lambda' })),
    ],
    'terminal events before the visits': () => [
      started,
      ...Array.from({ length: N / 2 }, (_, i) => event(i + 2, 1, 'ExecutionFailed', { error: 'E' })),
      ...Array.from({ length: N / 2 }, (_, i) => event(i + 2 + N / 2, 1, 'PassStateEntered', { name: 'P' })),
    ],
  };
  for (const [name, events] of Object.entries(shapes)) {
    it(`reads ${N.toLocaleString('en')} events: ${name}`, async () => {
      const outcome = await runner.run({
        target: 'timeline-file',
        text: JSON.stringify({ events: events() }),
        json: false,
        definition: null,
      });
      expect(outcome.kind, outcome.message).toMatch(/^(result|partial)$/);
    }, 30_000);
  }
});

describe('hostile histories: a byte-order mark and odd state names', () => {
  it('reads a file that starts with a UTF-8 byte-order mark, on the CLI path and the /import page', () => {
    const text = `\uFEFF${JSON.stringify({ events: [started, ...pass(2, 1), succeeded(4, 3)] })}`;
    expect(parseHistoryJson(text, 'bom.json').events).toHaveLength(4);
    expect(readHistoryFile('bom.json', text).view.status).toBe('SUCCEEDED');
  });

  it('counts the transitions of states named like Object.prototype members', () => {
    const t = timelineOf([started, ...pass(2, 1, '__proto__'), ...pass(4, 3, 'constructor'), succeeded(6, 5)]);
    expect(Object.entries(t.transitions.byState)).toEqual([
      ['__proto__', 1],
      ['constructor', 1],
    ]);
    const document = JSON.parse(JSON.stringify(toTimelineDocument(t))) as { transitionsByState: Record<string, number> };
    expect(Object.entries(document.transitionsByState)).toEqual([
      ['__proto__', 1],
      ['constructor', 1],
    ]);
  });
});

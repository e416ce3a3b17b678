import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { HISTORY_EVENT_TYPES } from '@/lib/history/history-event-types';
import { syntheticHistory } from '../../../support/history/generated-history';
import { SHARED_DIR } from '../../../support/corpus/shared-corpus';

/**
 * Inputs for the fuzz suite. A generated value is a recipe (which seed, which mutations), not the
 * text itself, so fast-check prints and shrinks something a person can read; `buildText` turns a
 * recipe into the file contents the entry points receive.
 */

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const SHARED = SHARED_DIR;

export interface Seeds {
  /** History documents (`{ events }`, as `aws stepfunctions get-execution-history` writes them). */
  histories: unknown[];
  /** Lists of CloudWatch Logs records. */
  logs: unknown[][];
  /** ASL definitions (parsed). */
  definitions: unknown[];
  /** What was read, and what was absent, for the suite's log. */
  notes: string[];
}

function readJsonFiles(dir: string): unknown[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as unknown);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function loadSeeds(): Seeds {
  const notes: string[] = [];
  const histories = readJsonFiles(path.join(REPO, 'test/fixtures/history'));
  const definitions: unknown[] = [];
  const logs: unknown[][] = [];
  notes.push(`${histories.length} fixture histories (test/fixtures/history)`);

  const historyCases = path.join(SHARED, 'aws-histories/cases');
  if (existsSync(historyCases)) {
    const cases = readJsonFiles(historyCases);
    for (const c of cases) {
      if (!isObject(c)) continue;
      histories.push(c);
      if (isObject(c.definition)) definitions.push(c.definition);
    }
    notes.push(`${cases.length} recorded AWS histories, ${definitions.length} definitions (../shared/aws-histories)`);
  } else {
    notes.push(`skipped the recorded AWS histories: ${historyCases} is absent (it lives in ../shared, outside the repo)`);
  }

  const logCases = path.join(SHARED, 'aws-logs/cases');
  if (existsSync(logCases)) {
    const cases = readJsonFiles(logCases);
    for (const c of cases) {
      if (!isObject(c) || !Array.isArray(c.records)) continue;
      logs.push(c.records);
      if (isObject(c.definition)) definitions.push(c.definition);
    }
    notes.push(`${logs.length} recorded CloudWatch Logs cases (../shared/aws-logs)`);
  } else {
    notes.push(`skipped the recorded CloudWatch Logs cases: ${logCases} is absent (it lives in ../shared, outside the repo)`);
  }
  if (definitions.length === 0) {
    // Without the corpus, a definition of the fixture's shape still exercises the definition path.
    definitions.push({
      StartAt: 'A',
      States: {
        A: { Type: 'Map', ItemProcessor: { StartAt: 'B', States: { B: { Type: 'Task', Resource: 'x', End: true } } }, Next: 'C' },
        C: { Type: 'Parallel', Branches: [{ StartAt: 'D', States: { D: { Type: 'Pass', End: true } } }], End: true },
      },
    });
  }
  return { histories, logs, definitions, notes };
}

// ---------------------------------------------------------------------------------------------
// Values that break parsers: odd numbers, number-like strings, wrong types, deep nesting.

/** Placeholders swapped for deeply nested JSON after serialising (building 10,000 levels as objects would overflow JSON.stringify here). */
const DEEP = /"\\u0001DEEP:(\d+):(array|object|text)\\u0001"/g;
const deepMarker = (depth: number, kind: 'array' | 'object' | 'text') => `\u0001DEEP:${depth}:${kind}\u0001`;

function deepJson(depth: number, kind: string): string {
  if (kind === 'array') return `${'['.repeat(depth)}${']'.repeat(depth)}`;
  if (kind === 'object') return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  // A data field as AWS sends it: JSON text in a string.
  return `"${'['.repeat(depth)}${']'.repeat(depth)}"`;
}

const expandDeep = (text: string) => text.replace(DEEP, (_, depth: string, kind: string) => deepJson(Number(depth), kind));

/** Removes the key (or the list item) instead of setting it. */
const DELETE = '\u0001DELETE\u0001';

const SPECIAL_VALUES: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  -0,
  0.5,
  1.5e-7,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 1,
  1e20,
  -1e20,
  1e308,
  -1e308,
  8.64e15,
  8.64e15 + 1,
  1e11,
  99_999_999_999,
  '',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e20',
  '1e309',
  '0x1F',
  ' 7 ',
  '007',
  '-3',
  '1.5',
  '9007199254740993',
  '99999999999999999999',
  'timestamp',
  '2026-13-45T99:99:99Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00.000Z',
  '2026-03-10T09:00:00Z',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '[0]',
  '{}',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '{"Error":"E","Cause":"C"}',
  '{"errorMessage":"m","errorType":"T","stackTrace":[[1],{"a":null},7]}',
  [0],
  [],
  [null],
  {},
  { truncated: true },
  { truncated: 'yes' },
  { toString: 1 },
  { valueOf: 1, toJSON: 2 },
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  'x'.repeat(100_000),
];

const deepValue = fc
  .record({
    depth: fc.oneof(fc.constant(10_000), fc.integer({ min: 1, max: 12_000 })),
    kind: fc.constantFrom('array' as const, 'object' as const, 'text' as const),
  })
  .map(({ depth, kind }) => deepMarker(depth, kind));

export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  // A fresh copy each time: mutations write into the values they place, and a shared constant would
  // carry those writes into later runs (until one held itself, a cycle no file can hold).
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...SPECIAL_VALUES)
      .map((v) => (typeof v === 'object' && v !== null ? (JSON.parse(JSON.stringify(v)) as unknown) : v)),
  },
  { weight: 2, arbitrary: deepValue },
  { weight: 1, arbitrary: fc.constant(DELETE) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

// ---------------------------------------------------------------------------------------------
// Mutations of a list of events (history events or log records) and of the document around it.

type EventField = 'id' | 'prev' | 'type' | 'time' | 'details' | 'arn' | 'event';

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number; to: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'reverse' }
  | { op: 'set'; at: number; field: EventField; value: unknown }
  | { op: 'detail'; at: number; key: string; value: unknown }
  | { op: 'collide'; at: number; to: number }
  | { op: 'link'; at: number; to: number }
  | { op: 'cycle'; at: number; to: number }
  | { op: 'retype'; at: number; type: string }
  | { op: 'max-id'; at: number }
  | { op: 'insert'; at: number; value: unknown }
  | { op: 'top'; key: string; value: unknown }
  | { op: 'replace-document'; value: unknown };

const DETAIL_KEYS = [
  'name',
  'input',
  'output',
  'error',
  'cause',
  'index',
  'length',
  'assignedVariables',
  'inputDetails',
  'outputDetails',
  'assignedVariablesDetails',
  'resource',
  'resourceType',
  'redriveCount',
  'timeoutInSeconds',
  'state',
  'location',
  'mapRunArn',
  'parameters',
  'toString',
  '__proto__',
];
const ODD_TYPES = ['Bogus', '', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'StateEntered', 'Exited'];
const TOP_KEYS = ['events', 'records', 'nextToken', 'artifacts', 'name'];

const position = fc.nat({ max: 1000 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: position }),
  fc.record({ op: fc.constant('duplicate' as const), at: position, to: position }),
  fc.record({ op: fc.constant('move' as const), at: position, to: position }),
  fc.record({ op: fc.constant('reverse' as const) }),
  fc.record({
    op: fc.constant('set' as const),
    at: position,
    field: fc.constantFrom<EventField>('id', 'prev', 'type', 'time', 'details', 'arn', 'event'),
    value: nastyValue,
  }),
  fc.record({ op: fc.constant('detail' as const), at: position, key: fc.constantFrom(...DETAIL_KEYS), value: nastyValue }),
  fc.record({ op: fc.constant('collide' as const), at: position, to: position }),
  fc.record({ op: fc.constant('link' as const), at: position, to: position }),
  fc.record({ op: fc.constant('cycle' as const), at: position, to: position }),
  fc.record({ op: fc.constant('retype' as const), at: position, type: fc.constantFrom(...HISTORY_EVENT_TYPES, ...ODD_TYPES) }),
  fc.record({ op: fc.constant('max-id' as const), at: position }),
  fc.record({ op: fc.constant('insert' as const), at: position, value: nastyValue }),
  fc.record({
    op: fc.constant('top' as const),
    key: fc.constantFrom(...TOP_KEYS),
    value: fc.oneof(nastyValue, fc.constant(['parallel-branches-normalized'])),
  }),
  fc.record({ op: fc.constant('replace-document' as const), value: nastyValue }),
);

/** Where each field lives in a history event and in a CloudWatch Logs record. */
const FIELD_NAMES: Record<'history' | 'logs', Record<Exclude<EventField, 'event' | 'details'>, string>> = {
  history: { id: 'id', prev: 'previousEventId', type: 'type', time: 'timestamp', arn: 'executionArn' },
  logs: { id: 'id', prev: 'previous_event_id', type: 'type', time: 'event_timestamp', arn: 'execution_arn' },
};

function detailsKeyIn(event: Record<string, unknown>, kind: 'history' | 'logs'): string {
  if (kind === 'logs') return 'details';
  for (const key in event) if (key.endsWith('EventDetails')) return key;
  return 'executionStartedEventDetails';
}

function assign(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value === DELETE) delete target[key];
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

interface Doc {
  top: Record<string, unknown>;
  list: unknown[];
  replaced?: { value: unknown };
}

function applyMutation(doc: Doc, m: Mutation, kind: 'history' | 'logs'): void {
  const list = doc.list;
  const at = (n: number) => (list.length === 0 ? -1 : n % list.length);
  const eventAt = (n: number): Record<string, unknown> | undefined => {
    const item = list[at(n)];
    return isObject(item) ? item : undefined;
  };
  const names = FIELD_NAMES[kind];
  const idValue = (id: number) => (kind === 'logs' ? String(id) : id);
  switch (m.op) {
    case 'delete':
      if (list.length) list.splice(at(m.at), 1);
      return;
    case 'duplicate':
      if (list.length) list.splice(m.to % (list.length + 1), 0, structuredClone(list[at(m.at)]));
      return;
    case 'move':
      if (list.length) list.splice(m.to % list.length, 0, ...list.splice(at(m.at), 1));
      return;
    case 'reverse':
      list.reverse();
      return;
    case 'set': {
      if (m.field === 'event') {
        if (list.length) list[at(m.at)] = m.value === DELETE ? null : m.value;
        return;
      }
      const e = eventAt(m.at);
      if (e) assign(e, m.field === 'details' ? detailsKeyIn(e, kind) : names[m.field], m.value);
      return;
    }
    case 'detail': {
      const e = eventAt(m.at);
      if (!e) return;
      const key = detailsKeyIn(e, kind);
      if (!isObject(e[key])) e[key] = {};
      assign(e[key] as Record<string, unknown>, m.key, m.value);
      return;
    }
    case 'collide': {
      const a = eventAt(m.at);
      const b = eventAt(m.to);
      if (a && b) a[names.id] = b[names.id];
      return;
    }
    case 'link': {
      const a = eventAt(m.at);
      const b = eventAt(m.to);
      if (a && b) a[names.prev] = b[names.id];
      return;
    }
    case 'cycle': {
      const a = eventAt(m.at);
      const b = eventAt(m.to);
      if (a && b) {
        a[names.prev] = b[names.id];
        b[names.prev] = a[names.id];
      }
      return;
    }
    case 'retype': {
      const e = eventAt(m.at);
      if (e) e[names.type] = m.type;
      return;
    }
    case 'max-id': {
      // The largest id there is, then events whose ids the recorder replaced ([0]): issue 10's hang.
      const i = at(m.at);
      if (i < 0) return;
      for (let k = i; k < list.length; k++) {
        const e = list[k];
        if (isObject(e)) e[names.id] = k === i ? idValue(Number.MAX_SAFE_INTEGER) : [0];
      }
      doc.top.artifacts = ['parallel-branches-normalized'];
      return;
    }
    case 'insert':
      list.splice(m.at % (list.length + 1), 0, m.value === DELETE ? null : m.value);
      return;
    case 'top':
      assign(doc.top, m.key, m.value);
      return;
    case 'replace-document':
      doc.replaced = { value: m.value === DELETE ? null : m.value };
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Changes to the text itself: cut short, a byte-order mark, random bytes.

export type TextMutation =
  | { op: 'bom' }
  | { op: 'truncate'; at: number }
  | { op: 'insert-bytes'; at: number; bytes: Uint8Array }
  | { op: 'replace-bytes'; bytes: Uint8Array }
  | { op: 'delete-range'; at: number; length: number };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('bom' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fraction }) },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('insert-bytes' as const), at: fraction, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('replace-bytes' as const), bytes: fc.uint8Array({ maxLength: 64 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete-range' as const), at: fraction, length: fc.nat({ max: 40 }) }) },
);

/** Usually none: most text changes leave no readable JSON, and the code past the JSON parser is worth reaching too. */
export function someTextMutations(maxLength: number): fc.Arbitrary<TextMutation[]> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant<TextMutation[]>([]) },
    { weight: 1, arbitrary: fc.array(textMutation, { minLength: 1, maxLength }) },
  );
}

export function applyTextMutations(text: string, mutations: readonly TextMutation[]): string {
  let out = text;
  for (const m of mutations) out = applyTextMutation(out, m);
  return out;
}

function applyTextMutation(text: string, m: TextMutation): string {
  // Bytes decoded as a file read with 'utf8' would be: invalid sequences become U+FFFD.
  const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');
  const cut = (f: number) => Math.floor(f * text.length);
  switch (m.op) {
    case 'bom':
      return `\uFEFF${text}`;
    case 'truncate':
      return text.slice(0, cut(m.at));
    case 'insert-bytes':
      return text.slice(0, cut(m.at)) + decode(m.bytes) + text.slice(cut(m.at));
    case 'replace-bytes':
      return decode(m.bytes);
    case 'delete-range':
      return text.slice(0, cut(m.at)) + text.slice(cut(m.at) + m.length);
  }
}

// ---------------------------------------------------------------------------------------------
// Recipes for each entry point.

/** A history: a fixture or recorded case by index, a synthetic run, or Maps nested `nested` deep. */
type HistoryBase = { seed: number } | { generated: unknown[] } | { nested: number };
/** How log records are laid out in the file. */
type LogForm = 'records' | 'list' | 'filter-log-events';
/** Log records: a recorded list by index, a history converted to records, or a synthetic run's. */
type LogBase = { logs: number } | { history: number } | { generated: unknown[] };

export interface HistoryRecipe {
  base: HistoryBase;
  bare: boolean;
  mutations: Mutation[];
  text: TextMutation[];
}

export interface LogRecipe {
  base: LogBase;
  form: LogForm;
  mutations: Mutation[];
}

const generatedEvents = syntheticHistory.map((h) => h.events as unknown[]);

export function historyRecipe(seeds: Seeds): fc.Arbitrary<HistoryRecipe> {
  return fc.record({
    base: fc.oneof(
      { weight: 3, arbitrary: fc.record({ seed: fc.nat({ max: seeds.histories.length - 1 }) }) },
      { weight: 1, arbitrary: fc.record({ generated: generatedEvents }) },
      // Past the visit-nesting limit (100); thousands deep is the same code path, only slower (test/lib/history covers it).
      { weight: 1, arbitrary: fc.record({ nested: fc.integer({ min: 1, max: 300 }) }) },
    ),
    bare: fc.boolean(),
    mutations: fc.array(mutation, { minLength: 0, maxLength: 5 }),
    text: someTextMutations(2),
  });
}

export function logRecipe(seeds: Seeds): fc.Arbitrary<LogRecipe> {
  const bases: fc.WeightedArbitrary<LogBase>[] = [
    { weight: 2, arbitrary: fc.record({ history: fc.nat({ max: seeds.histories.length - 1 }) }) },
    { weight: 1, arbitrary: fc.record({ generated: generatedEvents }) },
  ];
  if (seeds.logs.length) bases.push({ weight: 3, arbitrary: fc.record({ logs: fc.nat({ max: seeds.logs.length - 1 }) }) });
  return fc.record({
    base: fc.oneof(...bases),
    form: fc.constantFrom<LogForm>('records', 'list', 'filter-log-events'),
    mutations: fc.array(mutation, { minLength: 0, maxLength: 5 }),
  });
}

function historyEvents(seeds: Seeds, base: HistoryBase): unknown[] {
  if ('generated' in base) return structuredClone(base.generated);
  if ('nested' in base) return nestedMapEvents(base.nested);
  const doc = seeds.histories[base.seed];
  const events = isObject(doc) && Array.isArray(doc.events) ? doc.events : [];
  return structuredClone(events);
}

/**
 * A Map state inside a Map iteration, `depth` times, around one Pass state: a history whose visit
 * tree is as deep as its events allow (six events per level).
 */
function nestedMapEvents(depth: number): unknown[] {
  const events: Record<string, unknown>[] = [];
  const at = Date.UTC(2026, 2, 10, 9);
  const emit = (type: string, previousEventId: number, details?: Record<string, unknown>) => {
    const id = events.length + 1;
    const event: Record<string, unknown> = { id, previousEventId, type, timestamp: new Date(at + id).toISOString() };
    if (details)
      event[
        type.endsWith('StateEntered')
          ? 'stateEnteredEventDetails'
          : type.endsWith('StateExited')
            ? 'stateExitedEventDetails'
            : `${type.charAt(0).toLowerCase()}${type.slice(1)}EventDetails`
      ] = details;
    events.push(event);
    return id;
  };
  let prev = emit('ExecutionStarted', 0, { input: '{}' });
  for (let level = 0; level < depth; level++) {
    const entered = emit('MapStateEntered', prev, { name: `M${level}`, input: '[1]' });
    const started = emit('MapStateStarted', entered, { length: 1 });
    prev = emit('MapIterationStarted', started, { index: 0, name: `M${level}` });
  }
  prev = emit('PassStateExited', emit('PassStateEntered', prev, { name: 'P', input: '1' }), { name: 'P', output: '1' });
  for (let level = depth - 1; level >= 0; level--) {
    prev = emit('MapIterationSucceeded', prev, { index: 0, name: `M${level}` });
    prev = emit('MapStateSucceeded', prev);
    prev = emit('MapStateExited', prev, { name: `M${level}`, output: '[1]' });
  }
  emit('ExecutionSucceeded', prev, { output: '[1]' });
  return events;
}

/** A history event as Step Functions writes it to CloudWatch Logs: numbers as strings, `details` flat. */
function toLogRecord(event: unknown, executionArn: string): unknown {
  if (!isObject(event)) return event;
  let details: unknown = {};
  for (const key in event) if (key.endsWith('EventDetails')) details = event[key];
  const ts = event.timestamp;
  const ms = ts instanceof Date ? ts.getTime() : typeof ts === 'string' ? Date.parse(ts) : typeof ts === 'number' ? ts * 1000 : NaN;
  return {
    id: String(event.id),
    type: event.type,
    details,
    previous_event_id: String(event.previousEventId ?? 0),
    event_timestamp: Number.isNaN(ms) ? 'timestamp' : String(ms),
    execution_arn: executionArn,
    redrive_count: '0',
  };
}

const ARN = 'arn:aws:states:us-east-1:123456789012:express:fuzz:run-1';

function serialise(value: unknown): string {
  return expandDeep(JSON.stringify(value, (_, v: unknown) => (v instanceof Date ? v.toISOString() : v)) ?? 'null');
}

function finish(doc: Doc, wrap: (list: unknown[], top: Record<string, unknown>) => unknown): string {
  return serialise(doc.replaced ? doc.replaced.value : wrap(doc.list, doc.top));
}

export function buildHistoryText(seeds: Seeds, recipe: HistoryRecipe): string {
  const doc: Doc = { top: {}, list: historyEvents(seeds, recipe.base) };
  if ('seed' in recipe.base) {
    const original = seeds.histories[recipe.base.seed];
    if (isObject(original) && Array.isArray(original.artifacts)) doc.top.artifacts = original.artifacts;
  }
  for (const m of recipe.mutations) applyMutation(doc, m, 'history');
  const text = finish(doc, (list, top) =>
    recipe.bare && Object.keys(top).length === 0 ? list : { ...top, events: 'events' in top ? top.events : list },
  );
  return applyTextMutations(text, recipe.text);
}

export function buildLogDocument(seeds: Seeds, recipe: LogRecipe): string {
  const base = recipe.base;
  const records =
    'logs' in base
      ? structuredClone(seeds.logs[base.logs] ?? [])
      : historyEvents(seeds, 'history' in base ? { seed: base.history } : base).map((e) => toLogRecord(e, ARN));
  const doc: Doc = { top: {}, list: records };
  for (const m of recipe.mutations) applyMutation(doc, m, 'logs');
  return finish(doc, (list, top) => {
    if (recipe.form === 'list') return list;
    if (recipe.form === 'records') return { ...top, records: 'records' in top ? top.records : list };
    // `aws logs filter-log-events` output: each record is the JSON text of one log event's message.
    const events = list.map((record, i) => ({
      logStreamName: 'states/fuzz/2026-03-10-09-00/abc',
      timestamp: 1_773_133_200_000 + i,
      message: typeof record === 'string' ? record : expandDeep(JSON.stringify(record) ?? 'null'),
      ingestionTime: 1_773_133_200_500 + i,
      eventId: String(i),
    }));
    return { ...top, events: 'events' in top ? top.events : events, searchedLogStreams: [] };
  });
}

export interface DefinitionRecipe {
  seed: number;
  /** Instead of the seed: Map states nested this deep. */
  nested: number | null;
  /** Paths into the definition to overwrite, as positions among its objects. */
  changes: { at: number; key: string; value: unknown }[];
  text: TextMutation[];
}

const DEFINITION_KEYS = [
  'States',
  'StartAt',
  'Type',
  'Next',
  'End',
  'Branches',
  'ItemProcessor',
  'Iterator',
  'Choices',
  'Default',
  'Catch',
  'ErrorEquals',
];

export function definitionRecipe(seeds: Seeds): fc.Arbitrary<DefinitionRecipe> {
  return fc.record({
    seed: fc.nat({ max: seeds.definitions.length - 1 }),
    nested: fc.option(fc.integer({ min: 1, max: 12_000 }), { freq: 8 }),
    changes: fc.array(
      fc.record({
        at: position,
        key: fc.constantFrom(...DEFINITION_KEYS),
        value: fc.oneof(nastyValue, fc.constantFrom('Map', 'Parallel', 'Pass', 'Task', 'Choice', 'Fail')),
      }),
      { maxLength: 2 },
    ),
    text: someTextMutations(1),
  });
}

function nestedMapDefinition(depth: number): string {
  const open = '{"StartAt":"M","States":{"M":{"Type":"Map","ItemProcessor":';
  return `${open.repeat(depth)}{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}${',"End":true}}}'.repeat(depth)}`;
}

export function buildDefinitionText(seeds: Seeds, recipe: DefinitionRecipe): string {
  if (recipe.nested !== null) return nestedMapDefinition(recipe.nested);
  const definition = structuredClone(seeds.definitions[recipe.seed]);
  // Every object in the definition, in document order, so a change can land at any depth.
  const objects: Record<string, unknown>[] = [];
  const stack: unknown[] = [definition];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (isObject(v)) {
      objects.push(v);
      stack.push(...Object.values(v));
    }
  }
  for (const change of recipe.changes) {
    const target = objects[change.at % Math.max(1, objects.length)];
    if (target) assign(target, change.key, change.value);
  }
  return applyTextMutations(serialise(definition), recipe.text);
}

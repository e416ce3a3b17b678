import { HistoryInputError, type HistoryInputLocation } from './history-input-error';
import { describe, isRecord } from './to-event-details';
import { toExecutionEvent, type ConversionNotes } from './to-execution-event';
import { toLogExecutionEvent } from './to-log-execution-event';
import type { ExecutionEvent } from './types';

/** `aws stepfunctions get-execution-history` output, a case file of the recorded corpus, or a bare list. */
export interface CliHistoryFile {
  events: unknown[];
  nextToken?: string;
  /** Recorded-corpus cases: ways the recording differs from what AWS sent. */
  artifacts?: string[];
}

export interface ParsedHistory {
  events: ExecutionEvent[];
  warnings: string[];
  /** The input says it was reshaped by a recorder (corpus `artifacts`): reconstruct, but flag it. */
  damaged: boolean;
  /** A `nextToken` was present: later pages were not included. */
  incomplete: boolean;
}

/**
 * Corpus artifacts that describe a genuine AWS response (newest-first order, a running execution),
 * not a change made by the recorder; any other artifact marks the input as reshaped.
 */
const FAITHFUL_ARTIFACTS = new Set(['reverse-order', 'not-terminal']);

export interface ParseOptions {
  /**
   * Keep only what the timeline's summary prints (status, failure path, root cause, transitions):
   * no visit or Task payloads and no details as received, so the parsed document's payloads are
   * garbage at once instead of being kept (and copied by the collector) with the events.
   */
  summary?: boolean;
}

/**
 * Reads an already JSON-parsed history document: a bare array of events, or any object with an
 * `events` array. Errors name the source, the event index and the field.
 */
export function parseHistoryDocument(document: unknown, source: string, options: ParseOptions = {}): ParsedHistory {
  let list: unknown[];
  let artifacts: string[] = [];
  let incomplete = false;
  let fromLogs = false;
  if (Array.isArray(document)) {
    list = document;
    fromLogs = isLogRecord(document[0]);
  } else if (isRecord(document) && !Array.isArray(document.events) && Array.isArray(document.records)) {
    // CloudWatch Logs records of one execution (docs/aws-behaviour.md#cloudwatch-logs-record-format),
    // e.g. an Express workflow's.
    list = document.records;
    fromLogs = true;
  } else if (isRecord(document) && Array.isArray(document.events)) {
    list = document.events;
    if (Array.isArray(document.artifacts)) artifacts = document.artifacts.filter((a): a is string => typeof a === 'string');
    incomplete = typeof document.nextToken === 'string' && document.nextToken !== '';
  } else {
    const problem = isRecord(document)
      ? `expected an 'events' array, found keys ${Object.keys(document).slice(0, 8).join(', ') || '(none)'}`
      : `expected an array of events or an object with an 'events' array, got ${describe(document)}`;
    // (an object with a 'records' array of CloudWatch Logs records is read too)
    throw new HistoryInputError({ source, field: isRecord(document) ? 'events' : undefined }, problem);
  }

  const warnings: string[] = [];
  const reshaping = artifacts.filter((a) => !FAITHFUL_ARTIFACTS.has(a));
  const damaged = reshaping.length > 0;
  if (damaged) {
    warnings.push(
      `${source}: the recording was reshaped by its recorder (${reshaping.join(', ')}); the timeline is a best effort, not exact`,
    );
  }
  if (incomplete) warnings.push(`${source}: a nextToken is present, so later pages of the history are missing`);

  const repaired = damaged ? repairRecorderIds(list, source) : list;
  const notes: ConversionNotes = { maskedTimestamps: 0, missingTimestamps: 0 };
  const summary = options.summary === true;
  const convert = fromLogs ? toLogExecutionEvent : toExecutionEvent;
  // One location object, updated per event: errors copy what they need from it when thrown, and
  // a fresh object for each of 25,000 events is garbage the reader would pay to collect.
  const at: HistoryInputLocation & { eventIndex: number } = { source, eventIndex: 0 };
  const events = new Array<ExecutionEvent>(repaired.length);
  for (let i = 0; i < repaired.length; i++) {
    at.eventIndex = i;
    events[i] = convert(repaired[i], at, notes, summary);
  }
  if (notes.maskedTimestamps > 0) {
    warnings.push(`${source}: timestamps are masked ("timestamp") in ${notes.maskedTimestamps} events, so no times or durations`);
  }
  if (notes.missingTimestamps > 0) warnings.push(`${source}: ${notes.missingTimestamps} events have no timestamp`);
  return { events, warnings, damaged, incomplete };
}

/**
 * The recorder's `parallel-branches-normalized` step replaced branch event ids with `[0]` and their
 * previousEventId with 0. Give each such event the first free id after the last real one before it
 * in the list, and link it to the id before that: a guess, which is why the result is flagged.
 */
function repairRecorderIds(list: unknown[], source: string): unknown[] {
  const isId = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 1;
  const used = new Set<number>();
  for (const raw of list) if (isRecord(raw) && isId(raw.id)) used.add(raw.id);
  let lastReal = 0;
  return list.map((raw, eventIndex) => {
    if (!isRecord(raw)) return raw;
    if (isId(raw.id)) {
      lastReal = Math.max(lastReal, raw.id);
      return raw;
    }
    let id = lastReal + 1;
    // Past the largest safe integer id++ stops changing the number: stop there instead of looping.
    while (used.has(id) && id <= Number.MAX_SAFE_INTEGER) id++;
    if (id > Number.MAX_SAFE_INTEGER) {
      throw new HistoryInputError(
        { source, eventIndex, field: 'id' },
        `no free id to give this event in place of ${describe(raw.id)}: the ids before it reach ${Number.MAX_SAFE_INTEGER}, the largest safe integer`,
      );
    }
    used.add(id);
    lastReal = id;
    const prev = raw.previousEventId;
    return { ...raw, id, previousEventId: isId(prev) ? prev : id - 1 };
  });
}

function isLogRecord(value: unknown): boolean {
  return isRecord(value) && 'event_timestamp' in value && 'details' in value;
}

/**
 * Parses a JSON file's text. A UTF-8 byte-order mark (which Windows editors write, and Node's
 * 'utf8' decoding keeps as U+FEFF) is not part of the document.
 */
export function readJsonDocument(text: string, source: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  } catch (error) {
    throw new HistoryInputError({ source }, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Parses JSON text (a file's contents) and reads it as a history document. */
export function parseHistoryJson(text: string, source: string): ParsedHistory {
  return parseHistoryDocument(readJsonDocument(text, source), source);
}

import { HistoryInputError, type HistoryInputLocation } from './history-input-error';
import { limitJsonDepth, toBoundedJson } from './json-depth';
import { setOwn } from './own-key';
import type { EventDetails } from './types';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * AWS sends data fields as JSON text; recordings (and hand-written files) may hold the parsed value,
 * which is written back compactly, as AWS writes the JSON it makes (levels past the depth limit as a note).
 */
function toText(value: unknown): string {
  return typeof value === 'string' ? value : (toBoundedJson(value) ?? String(value));
}

function truncatedFlag(value: unknown): boolean {
  return isRecord(value) && value.truncated === true;
}

function fieldAt(at: HistoryInputLocation, member: string, name?: string): HistoryInputLocation {
  return { ...at, field: name ? `${member}.${name}` : member };
}

type StringField =
  | 'name'
  | 'resource'
  | 'resourceType'
  | 'region'
  | 'mapRunArn'
  | 'location'
  | 'state'
  | 'workerName'
  | 'roleArn'
  | 'stateMachineAliasArn'
  | 'stateMachineVersionArn';
type NumberField = 'index' | 'length' | 'redriveCount' | 'timeoutInSeconds' | 'heartbeatInSeconds';
/** Data fields (and causes, which recordings may hold parsed): JSON text on the wire. */
type TextField = 'input' | 'output' | 'parameters' | 'error' | 'cause';
type FieldKind = 'string' | 'number' | 'text' | 'assignedVariables';

/** Details fields that hold names, ARNs and places, never payloads (redaction skips them too). */
export const STRING_FIELDS: readonly StringField[] = [
  'name',
  'resource',
  'resourceType',
  'region',
  'mapRunArn',
  'location',
  'state',
  'workerName',
  'roleArn',
  'stateMachineAliasArn',
  'stateMachineVersionArn',
];
const NUMBER_FIELDS: readonly NumberField[] = ['index', 'length', 'redriveCount', 'timeoutInSeconds', 'heartbeatInSeconds'];
const TEXT_FIELDS: readonly TextField[] = ['input', 'output', 'parameters', 'error', 'cause'];

/**
 * Each named field's kind, found with one hash lookup per key: a `switch` over two dozen string
 * cases compared each key one case at a time, which showed in profiles of 25,000-event histories.
 */
const FIELD_KIND = new Map<string, FieldKind>([
  ...STRING_FIELDS.map((f): [string, FieldKind] => [f, 'string']),
  ...NUMBER_FIELDS.map((f): [string, FieldKind] => [f, 'number']),
  ...TEXT_FIELDS.map((f): [string, FieldKind] => [f, 'text']),
  ['assignedVariables', 'assignedVariables'],
]);

/**
 * What a reader keeps of each event: everything, or only what the timeline's summary prints
 * (parseHistoryDocument's `summary`): no payloads but a Fail state's input (its reason, scope
 * `summary-fail-entered`) and a state's output that may hold the error a Catch wrote (`summary-exited`).
 */
export type DetailsScope = 'all' | 'summary' | 'summary-fail-entered' | 'summary-exited';

const PAYLOADS = new Set(['input', 'output', 'parameters']);
const SUMMARY_SKIPS: Readonly<Record<DetailsScope, ReadonlySet<string>>> = {
  all: new Set(),
  summary: PAYLOADS,
  'summary-fail-entered': new Set(['output', 'parameters']),
  'summary-exited': PAYLOADS,
};

/**
 * Whether a state's output may be the `{"Error": …, "Cause": …}` a Catch writes (chooseVisitError
 * reads it for a caught visit): it names the key, or spells it with escapes.
 */
function mayHoldCaughtError(output: string): boolean {
  return output.includes('"Error"') || output.includes('\\u');
}

/** Stands in for `raw` in summary scope: the member as received is kept only for the full reader. */
const NOT_KEPT: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * Normalises one `*EventDetails` member (named `member`, for messages) (or a CloudWatch Logs record's flat `details`) to
 * EventDetails. Fields of the wrong kind are errors that name the field; unknown fields stay in `raw`.
 * Written as one pass over the keys present, without closures: it runs once per event, 25,000 times
 * for a full history.
 */
export function toEventDetails(
  input: unknown,
  at: HistoryInputLocation,
  member: string,
  requireName: boolean,
  scope: DetailsScope = 'all',
): EventDetails {
  const raw = input === undefined || input === null ? {} : input;
  if (!isRecord(raw)) throw new HistoryInputError(fieldAt(at, member), `expected an object, got ${describe(raw)}`);
  // The summary drops the references that would keep a 25,000-event document's payloads alive.
  const details: EventDetails = { raw: scope === 'all' ? raw : NOT_KEPT };
  const skips = SUMMARY_SKIPS[scope];
  for (const key in raw) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    const kind = FIELD_KIND.get(key);
    if (kind === 'text' && skips.has(key)) {
      const keep = scope === 'summary-exited' && key === 'output' && mayHoldCaughtError(toText(value));
      if (!keep) continue;
    }
    if (kind === 'string') {
      if (typeof value !== 'string') throw new HistoryInputError(fieldAt(at, member, key), `expected a string, got ${describe(value)}`);
      details[key as StringField] = value;
    } else if (kind === 'number') {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n))
        throw new HistoryInputError(fieldAt(at, member, key), `expected a number, got ${describe(value)}`);
      details[key as NumberField] = n;
    } else if (kind === 'text') {
      details[key as TextField] = toText(value);
      if (key === 'input' && truncatedFlag(raw.inputDetails)) details.inputTruncated = true;
      else if (key === 'output' && truncatedFlag(raw.outputDetails)) details.outputTruncated = true;
    } else if (kind === 'assignedVariables') {
      if (!isRecord(value)) throw new HistoryInputError(fieldAt(at, member, key), `expected an object, got ${describe(value)}`);
      const vars: Record<string, string> = {};
      for (const name in value) if (value[name] !== undefined) setOwn(vars, name, toText(value[name]));
      details.assignedVariables = vars;
      if (truncatedFlag(raw.assignedVariablesDetails)) details.assignedVariablesTruncated = true;
    }
  }
  if (requireName && details.name === undefined) {
    throw new HistoryInputError(fieldAt(at, member, 'name'), 'missing: every state event names its state');
  }
  return details;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  // A few levels are enough to recognise it; the whole of a deep or huge array is not.
  if (Array.isArray(value)) return `an array (${truncate(JSON.stringify(limitJsonDepth(value.slice(0, 10), 3)))})`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(truncate(value))}`;
  return `${typeof value} ${String(value)}`;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

import type { RecordedEvent } from './corpus';
import type { NormalisedEvent } from './normalise-history';

const PAYLOAD_FIELDS = new Set(['input', 'output', 'cause', 'parameters']);

/**
 * Payloads compare by content with key order (AWS's order is part of the output); a JSON string and
 * the value it encodes are the same payload (the recorder parsed some and not others).
 */
function payloadKey(value: unknown): string {
  if (typeof value === 'string') {
    try {
      return JSON.stringify(JSON.parse(value));
    } catch {
      return JSON.stringify(value);
    }
  }
  return JSON.stringify(value);
}

/** Key order inside details carries no meaning (the recorder sorted it). */
function sortedKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedKey).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedKey(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function recordedDetails(event: RecordedEvent): Record<string, unknown> | undefined {
  const key = Object.keys(event).find((k) => k.endsWith('EventDetails'));
  return key ? (event[key] as Record<string, unknown>) : undefined;
}

function compareDetails(ours: Record<string, unknown> | undefined, recorded: Record<string, unknown> | undefined): string | undefined {
  const a = ours ?? {};
  const b = recorded ?? {};
  if ((ours === undefined) !== (recorded === undefined) && Object.keys(a).length + Object.keys(b).length > 0) {
    return `details present: ours ${ours !== undefined}, recorded ${recorded !== undefined}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (!(key in a)) return `missing field ${key} (recorded ${JSON.stringify(b[key])})`;
    if (!(key in b)) return `extra field ${key} = ${JSON.stringify(a[key])}`;
    let same: boolean;
    if (PAYLOAD_FIELDS.has(key)) same = payloadKey(a[key]) === payloadKey(b[key]);
    else if (key === 'assignedVariables') {
      const av = a[key] as Record<string, unknown>;
      const bv = b[key] as Record<string, unknown>;
      same =
        sortedKey(Object.keys(av).sort()) === sortedKey(Object.keys(bv).sort()) &&
        Object.keys(av).every((k) => payloadKey(av[k]) === payloadKey(bv[k]));
    } else same = sortedKey(a[key]) === sortedKey(b[key]);
    if (!same) return `${key}: ours ${JSON.stringify(a[key])} vs recorded ${JSON.stringify(b[key])}`;
  }
  return undefined;
}

/** The first difference between our normalised history and the recording, or undefined if exact. */
export function firstDifference(ours: NormalisedEvent[], recorded: RecordedEvent[]): string | undefined {
  const length = Math.max(ours.length, recorded.length);
  for (let i = 0; i < length; i += 1) {
    const a = ours[i];
    const b = recorded[i];
    if (!b) return a ? `event #${i + 1}: extra ${a.type}` : `event #${i + 1}: missing on both sides`;
    if (!a) return `event #${i + 1}: missing, recorded ${b.type}`;
    const where = `event #${b.id} ${b.type}`;
    if (a.type !== b.type) return `${where}: ours is ${a.type}`;
    if (a.id !== b.id) return `${where}: id ${a.id}`;
    if (a.previousEventId !== b.previousEventId)
      return `${where}: previousEventId ours ${a.previousEventId} vs recorded ${b.previousEventId}`;
    const diff = compareDetails(a.details, recordedDetails(b));
    if (diff) return `${where}: ${diff}`;
  }
  return undefined;
}

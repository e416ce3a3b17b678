import type { EmulatorHistoryEvent } from '@/lib/emulator/engine/types';

/** The values the fidelity run uses, replaced by the recorder's placeholders afterwards. */
export const RUN_IDENTITY = {
  region: 'eu-west-3',
  accountId: '123456789012',
  stateMachineName: 'FidelityMachine',
  executionName: 'fidelity-execution-0001',
};

const ISO_DATE = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})/g;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The top-level detail fields AWS sends as JSON text (README "How a recording differs", item 2). */
const PAYLOAD_FIELDS = new Set(['input', 'output', 'cause', 'parameters']);

function maskText(text: string, uuids: Map<string, string>): string {
  const { region, accountId, stateMachineName, executionName } = RUN_IDENTITY;
  return text
    .replace(/mapRun:([^/"]+)\/[^:"]+:[0-9a-f-]{36}/g, 'mapRun:$1/<MapRunArnPart0_0idx>:<MapRunArnPart1_0idx>')
    .replace(/Request ID: [0-9a-f-]{36}/gi, 'Request ID: <request_id>')
    .replace(UUID, (uuid) => {
      const key = uuid.toLowerCase();
      if (!uuids.has(key)) uuids.set(key, `<uuid:${uuids.size + 1}>`);
      return uuids.get(key) as string;
    })
    .replace(ISO_DATE, 'date')
    .split('arn:aws:')
    .join('arn:<partition>:')
    .split(accountId)
    .join('111111111111')
    .split(region)
    .join('<region>')
    .split(executionName)
    .join('<ExecArnPart_0idx>')
    .split(stateMachineName)
    .join('<ArnPart_0idx>');
}

/** Masks strings everywhere and values under keys containing "timestamp", as the recorder does. */
function maskValue(value: unknown, uuids: Map<string, string>): unknown {
  if (typeof value === 'string') return maskText(value, uuids);
  if (Array.isArray(value)) return value.map((v) => maskValue(v, uuids));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      // The date mask runs first: an ISO date-time under a "timestamp" key reads "date".
      const masked = maskValue(inner, uuids);
      out[key] = /timestamp/i.test(key) && masked !== 'date' ? 'timestamp' : masked;
    }
    return out;
  }
  return value;
}

/** JSON text that starts with `{` becomes the parsed object, as in the recordings. */
function parsePayload(text: unknown, uuids: Map<string, string>): unknown {
  if (typeof text !== 'string') return text;
  if (text.startsWith('{')) {
    try {
      return maskValue(JSON.parse(text), uuids);
    } catch {
      return maskText(text, uuids);
    }
  }
  return maskText(text, uuids);
}

/** The recorder replaced a cause's trailing `'<json>'` with `'<json-input:N>'`. */
function maskJsonTail(cause: string, seen: Map<string, string>): string {
  const match = /'([[{][\s\S]*[\]}])'$/.exec(cause);
  const json = match?.[1];
  if (!match || json === undefined || cause.startsWith('{')) return cause;
  if (!seen.has(json)) seen.set(json, `<json-input:${seen.size + 1}>`);
  return `${cause.slice(0, match.index)}'${seen.get(json)}'`;
}

/** A test-specific `$..a.b.Key` JsonpathTransformer, applied by the last key of its path. */
export interface KeyMask {
  key: string;
  replacement: string;
}

function applyKeyMasks(value: unknown, masks: KeyMask[]): unknown {
  if (masks.length === 0) return value;
  if (Array.isArray(value)) return value.map((v) => applyKeyMasks(v, masks));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      const mask = masks.find((m) => m.key === key);
      out[key] = mask ? mask.replacement : applyKeyMasks(inner, masks);
    }
    return out;
  }
  return value;
}

export function keyMasksOf(transformers: { jsonpath?: string; replacement?: string }[]): KeyMask[] {
  return transformers
    .filter((t) => t.jsonpath && t.replacement !== undefined)
    .map((t) => ({ key: (t.jsonpath as string).split('.').pop() as string, replacement: t.replacement as string }));
}

export interface NormalisedEvent {
  id: number;
  previousEventId: number;
  type: string;
  details?: Record<string, unknown>;
}

/** Our history in the recording's shape: parsed `{` payloads, masked dates, ARNs, ids and names. */
export function normaliseHistory(
  events: EmulatorHistoryEvent[],
  roleArn: string,
  recordedRole: string,
  masks: KeyMask[] = [],
): NormalisedEvent[] {
  const uuids = new Map<string, string>();
  const jsonInputs = new Map<string, string>();
  return events.map((event) => {
    const out: NormalisedEvent = { id: event.id, previousEventId: event.previousEventId, type: event.type };
    const key = Object.keys(event).find((k) => k.endsWith('EventDetails'));
    const details = key ? (event as unknown as Record<string, Record<string, unknown>>)[key] : undefined;
    if (details) {
      const masked: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(details)) {
        if (field === 'roleArn') masked[field] = value === roleArn ? recordedRole : value;
        else if (field === 'cause' && typeof value === 'string') masked[field] = parsePayload(maskJsonTail(value, jsonInputs), uuids);
        else if (PAYLOAD_FIELDS.has(field)) masked[field] = parsePayload(value, uuids);
        else if (field === 'assignedVariables' && value && typeof value === 'object') {
          masked[field] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, parsePayload(v, uuids)]));
        } else masked[field] = maskValue(value, uuids);
      }
      out.details = applyKeyMasks(masked, masks) as Record<string, unknown>;
    }
    return out;
  });
}

import { HistoryInputError, type HistoryInputLocation } from './history-input-error';
import type { EventDetails } from './types';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * AWS sends data fields as JSON text; recordings (and hand-written files) may hold the parsed value,
 * which is written back compactly, as AWS writes the JSON it makes.
 */
function toText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

function truncatedFlag(value: unknown): boolean {
  return isRecord(value) && value.truncated === true;
}

function fieldAt(at: HistoryInputLocation, member: string, name?: string): HistoryInputLocation {
  return { ...at, field: name ? `${member}.${name}` : member };
}

/**
 * Normalises one `*EventDetails` member (named `member`, for messages) (or a CloudWatch Logs record's flat `details`) to
 * EventDetails. Fields of the wrong kind are errors that name the field; unknown fields stay in `raw`.
 * Written as one pass over the keys present, without closures: it runs once per event, 25,000 times
 * for a full history.
 */
export function toEventDetails(input: unknown, at: HistoryInputLocation, member: string, requireName: boolean): EventDetails {
  const raw = input === undefined || input === null ? {} : input;
  if (!isRecord(raw)) throw new HistoryInputError(fieldAt(at, member), `expected an object, got ${describe(raw)}`);
  const details: EventDetails = { raw };
  for (const key in raw) {
    const value = raw[key];
    if (value === undefined || value === null) continue;
    switch (key) {
      case 'name':
      case 'resource':
      case 'resourceType':
      case 'region':
      case 'mapRunArn':
      case 'location':
      case 'state':
      case 'workerName':
      case 'roleArn':
      case 'stateMachineAliasArn':
      case 'stateMachineVersionArn':
        if (typeof value !== 'string') throw new HistoryInputError(fieldAt(at, member, key), `expected a string, got ${describe(value)}`);
        details[key] = value;
        break;
      case 'index':
      case 'length':
      case 'redriveCount':
      case 'timeoutInSeconds':
      case 'heartbeatInSeconds': {
        const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isFinite(n)) throw new HistoryInputError(fieldAt(at, member, key), `expected a number, got ${describe(value)}`);
        details[key] = n;
        break;
      }
      case 'input':
        details.input = toText(value);
        if (truncatedFlag(raw.inputDetails)) details.inputTruncated = true;
        break;
      case 'output':
        details.output = toText(value);
        if (truncatedFlag(raw.outputDetails)) details.outputTruncated = true;
        break;
      case 'parameters':
        details.parameters = toText(value);
        break;
      // Causes are text on the wire; recordings hold JSON causes parsed, so write them back as text.
      case 'error':
        details.error = toText(value);
        break;
      case 'cause':
        details.cause = toText(value);
        break;
      case 'assignedVariables': {
        if (!isRecord(value)) throw new HistoryInputError(fieldAt(at, member, key), `expected an object, got ${describe(value)}`);
        const vars: Record<string, string> = {};
        for (const name in value) if (value[name] !== undefined) vars[name] = toText(value[name]);
        details.assignedVariables = vars;
        if (truncatedFlag(raw.assignedVariablesDetails)) details.assignedVariablesTruncated = true;
        break;
      }
      default:
        break;
    }
  }
  if (requireName && details.name === undefined) {
    throw new HistoryInputError(fieldAt(at, member, 'name'), 'missing: every state event names its state');
  }
  return details;
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array (${truncate(JSON.stringify(value))})`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(truncate(value))}`;
  return `${typeof value} ${String(value)}`;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

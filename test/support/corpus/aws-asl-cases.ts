import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { AWS_HISTORY_CASES_DIR } from './shared-corpus';

/** The recorded AWS histories live beside the repo, never in it; tests skip when they are absent. */
export const CASES_DIR = AWS_HISTORY_CASES_DIR;
export const HAS_CASES = existsSync(CASES_DIR);
export const SKIP_REASON = `recorded AWS histories not found at ${CASES_DIR}`;

export interface RecordedEvent {
  id: number;
  type: string;
  [key: string]: unknown;
}

export interface RecordedCase {
  name: string;
  definition: JsonObject | null;
  /** `modifiedByTest` means the stored definition is the template before the test edited it. */
  definitionSource?: { modifiedByTest?: boolean } | null;
  events: RecordedEvent[];
}

/** Cases whose definition is the one AWS ran (the test did not edit the template first). */
export function isFaithful(recorded: RecordedCase): boolean {
  return recorded.definition !== null && recorded.definitionSource?.modifiedByTest !== true;
}

export function loadCases(prefix = ''): RecordedCase[] {
  if (!HAS_CASES) return [];
  return readdirSync(CASES_DIR)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(CASES_DIR, file), 'utf8')) as RecordedCase);
}

export function loadCase(name: string): RecordedCase {
  return JSON.parse(readFileSync(path.join(CASES_DIR, `${name}.json`), 'utf8')) as RecordedCase;
}

export function details(event: RecordedEvent): Record<string, unknown> {
  const key = Object.keys(event).find((k) => k.endsWith('EventDetails'));
  return key ? (event[key] as Record<string, unknown>) : {};
}

/** Recorded payloads are parsed when they started with `{`, else still JSON text (see the README). */
export function payload(value: unknown): JsonValue {
  return typeof value === 'string' ? (JSON.parse(value) as JsonValue) : (value as JsonValue);
}

/** AWS's text for a payload: objects were parsed by the recorder, so stringify them back compactly. */
export function payloadText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Strips the "An error occurred while executing the state 'X' (entered at the event id #N). " prefix. */
export function stripStatePrefix(cause: string): string {
  return cause.replace(/^An error occurred while executing the state '[^']*' \(entered at the event id #\d+\)\. /, '');
}

/** Every state of a definition, nested Map/Parallel states included. */
export function allStates(definition: JsonObject | null): Map<string, JsonObject> {
  const states = new Map<string, JsonObject>();
  const visit = (machine: JsonValue | undefined, queryLanguage: string) => {
    if (!machine || typeof machine !== 'object' || Array.isArray(machine)) return;
    const language = typeof machine.QueryLanguage === 'string' ? machine.QueryLanguage : queryLanguage;
    const entries = machine.States;
    if (!entries || typeof entries !== 'object' || Array.isArray(entries)) return;
    for (const [name, state] of Object.entries(entries)) {
      if (!state || typeof state !== 'object' || Array.isArray(state)) continue;
      const own = typeof state.QueryLanguage === 'string' ? state.QueryLanguage : language;
      states.set(name, { ...state, QueryLanguage: own });
      visit(state.ItemProcessor ?? state.Iterator, own);
      if (Array.isArray(state.Branches)) for (const branch of state.Branches) visit(branch, own);
    }
  };
  visit(definition ?? undefined, 'JSONPath');
  return states;
}

/** Replays assignedVariables in event order: good enough for the flat scopes these cases use. */
export function variablesBefore(events: RecordedEvent[], eventId: number): Record<string, JsonValue> {
  const variables: Record<string, JsonValue> = {};
  for (const event of events) {
    if (event.id >= eventId) break;
    const assigned = details(event).assignedVariables;
    if (assigned && typeof assigned === 'object') {
      for (const [name, value] of Object.entries(assigned)) variables[name] = payload(value);
    }
  }
  return variables;
}

export function executionInput(recorded: RecordedCase): JsonValue {
  const started = recorded.events.find((e) => e.type === 'ExecutionStarted');
  return started ? payload(details(started).input) : null;
}

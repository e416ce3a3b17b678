import { MAX_JSON_DEPTH, limitJsonDepth } from './json-depth';
import type { Payload } from './types';

/** Wraps a data field's JSON text (as EventDetails holds it) in a Payload; undefined stays undefined. */
export function toPayload(text: string | undefined, truncated?: boolean): Payload | undefined {
  return text === undefined ? undefined : { text, truncated: truncated === true };
}

export type ParsedPayload = { kind: 'json'; value: unknown } | { kind: 'text'; text: string };

const parsed = new WeakMap<Payload, ParsedPayload>();

/** The payload as JSON when it is JSON, else its raw text. Parsed once per payload, on first read. */
export function parsePayload(payload: Payload): ParsedPayload {
  const cached = parsed.get(payload);
  if (cached) return cached;
  const result = parseJsonText(payload.text);
  parsed.set(payload, result);
  return result;
}

/**
 * Parses text that may be JSON; anything else (or a truncated document) stays text. Levels past
 * MAX_JSON_DEPTH become a note, so whatever walks or prints the value cannot overflow the stack.
 */
export function parseJsonText(text: string): ParsedPayload {
  const first = text.trimStart().charAt(0);
  if (first && '{["-0123456789tfn'.includes(first)) {
    try {
      const value = JSON.parse(text) as unknown;
      // Each level takes at least two characters: shorter texts cannot be too deep.
      return { kind: 'json', value: text.length > 2 * MAX_JSON_DEPTH ? limitJsonDepth(value) : value };
    } catch {
      // Not JSON after all (or cut short by truncation): show it as text.
    }
  }
  return { kind: 'text', text };
}

/** The value to show for a payload: parsed JSON, or the text itself. */
export function payloadValue(payload: Payload | undefined): unknown {
  if (!payload) return undefined;
  const p = parsePayload(payload);
  return p.kind === 'json' ? p.value : p.text;
}

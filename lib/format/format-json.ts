import { limitJsonDepth } from '@/lib/history/json-depth';
import { parseJsonText } from '@/lib/history/payload';

/**
 * A JSON text (an execution's input or output, a visit's payload) indented for reading; text that is
 * not JSON comes back unchanged. Parsed through parseJsonText, so levels deeper than MAX_JSON_DEPTH
 * print as a note saying so instead of overflowing the stack in JSON.stringify.
 */
export function formatJson(text: string | undefined): string {
  if (text === undefined) return '';
  const parsed = parseJsonText(text);
  return parsed.kind === 'json' ? JSON.stringify(parsed.value, null, 2) : text;
}

// Payload fields are JSON strings on the wire (docs/aws-behaviour.md#execution-history-events); shown
// parsed so they are readable.
const PAYLOAD_KEYS = new Set(['input', 'output', 'parameters', 'cause']);

function expandPayloads(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expandPayloads);
  if (typeof value !== 'object' || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (PAYLOAD_KEYS.has(key) && typeof field === 'string') {
      try {
        // Depth-limited on its own: the parsed payload may nest as deep as the user made it.
        result[key] = limitJsonDepth(JSON.parse(field));
        continue;
      } catch {
        // Not JSON (a plain-text cause, say): keep the string.
      }
    }
    result[key] = expandPayloads(field);
  }
  return result;
}

/**
 * An event's details object as indented JSON, with payload strings parsed in place. The details and
 * each payload are cut at MAX_JSON_DEPTH levels (deeper ones read "… nested deeper than N levels"),
 * so neither this recursive walk nor JSON.stringify overflows the stack.
 */
export function formatEventDetails(details: unknown): string {
  if (details === undefined) return '';
  return JSON.stringify(expandPayloads(limitJsonDepth(details)), null, 2);
}

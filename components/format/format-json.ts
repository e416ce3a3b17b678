/** Pretty-prints a JSON string; anything that is not JSON is returned unchanged. */
export function formatJson(text: string | undefined): string {
  if (text === undefined) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
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
        result[key] = JSON.parse(field);
        continue;
      } catch {
        // Not JSON (a plain-text cause, say): keep the string.
      }
    }
    result[key] = expandPayloads(field);
  }
  return result;
}

/** An event's details object as indented JSON, with payload strings parsed in place. */
export function formatEventDetails(details: unknown): string {
  if (details === undefined) return '';
  return JSON.stringify(expandPayloads(details), null, 2);
}

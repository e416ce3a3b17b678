import { parseJsonText } from '@/lib/history/payload';

/**
 * Whether two payloads say different things: equal text is equal; otherwise both are read as JSON
 * and compared without their whitespace, so a reformatted document is not a difference.
 */
export function payloadsDiffer(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  if (a === b) return false;
  const left = parseJsonText(a);
  const right = parseJsonText(b);
  if (left.kind !== 'json' || right.kind !== 'json') return true;
  return JSON.stringify(left.value) !== JSON.stringify(right.value);
}

/** The payload laid out for a line diff: JSON pretty-printed with two spaces, other text as it is. */
export function prettyPayload(text: string): string {
  const parsed = parseJsonText(text);
  return parsed.kind === 'json' ? JSON.stringify(parsed.value, null, 2) : parsed.text;
}

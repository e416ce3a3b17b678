import { parseJsonText } from '@/lib/history/payload';

/**
 * A JSON payload text indented for reading; text that is not JSON comes back unchanged. Parsed
 * through parseJsonText, so levels past its depth limit print as a note instead of overflowing.
 */
export function formatPayload(text: string | undefined): string {
  if (text === undefined) return '';
  const parsed = parseJsonText(text);
  return parsed.kind === 'json' ? JSON.stringify(parsed.value, null, 2) : text;
}

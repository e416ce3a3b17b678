/** A JSON payload text indented for reading; text that is not JSON comes back unchanged. */
export function formatPayload(text: string | undefined): string {
  if (text === undefined) return '';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

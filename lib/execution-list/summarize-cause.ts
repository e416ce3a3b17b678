const MAX_LENGTH = 200;

/**
 * One readable line from an execution's `cause`: a Lambda error's `errorMessage` (the cause is the JSON
 * Lambda writes: errorMessage, errorType, stackTrace), otherwise the text itself, whitespace collapsed
 * and cut at 200 characters.
 */
export function summarizeCause(cause: string | undefined): string | undefined {
  if (!cause?.trim()) return undefined;
  let text = cause;
  try {
    const parsed: unknown = JSON.parse(cause);
    if (typeof parsed === 'string') text = parsed;
    else if (typeof parsed === 'object' && parsed !== null && 'errorMessage' in parsed && typeof parsed.errorMessage === 'string') {
      text = parsed.errorMessage;
    }
  } catch {
    // A plain-text cause: shown as it is.
  }
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}

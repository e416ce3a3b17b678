/** An execution's input as the editor starts with it: pretty-printed JSON, or `{}` when there was none. */
export function formatInputForEditing(input: string | undefined): string {
  if (input === undefined || input.trim() === '') return '{}';
  try {
    return JSON.stringify(JSON.parse(input), null, 2);
  } catch {
    return input;
  }
}

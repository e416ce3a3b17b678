/** Reads one string field of an event object, or undefined when the event or the field is not there. */
export function readStringField(event: unknown, field: string): string | undefined {
  if (event === null || typeof event !== 'object') return undefined;
  const value = (event as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

/** An error whose name the workflow can match in ErrorEquals. */
export function namedError(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

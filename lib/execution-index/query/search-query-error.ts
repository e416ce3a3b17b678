/**
 * A search the user typed that cannot be read: the message names the column (1-based) and what was
 * expected there, so the page and the CLI show it as it is ("at column 12: expected a value after '>'").
 */
export class SearchQueryError extends Error {
  readonly column: number;
  readonly reason: string;

  constructor(column: number, reason: string) {
    super(`at column ${column}: ${reason}`);
    this.name = 'SearchQueryError';
    this.column = column;
    this.reason = reason;
  }
}

/** Whether a value is a SearchQueryError (also across module copies, by name). */
export function isSearchQueryError(error: unknown): error is SearchQueryError {
  return error instanceof SearchQueryError || (error instanceof Error && error.name === 'SearchQueryError' && 'column' in error);
}

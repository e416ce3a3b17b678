/**
 * Where the failed-first child list goes on: the status it was reading and ListExecutions' token
 * for it (none: that status from its first page). Written into the URL as `STATUS` or `STATUS.TOKEN`.
 */
export interface ChildPageCursor {
  status: string;
  token?: string;
}

export function encodeChildPageCursor(cursor: ChildPageCursor): string {
  return cursor.token ? `${cursor.status}.${cursor.token}` : cursor.status;
}

/** Undefined for a cursor this page did not write (the list then starts from its first page). */
export function decodeChildPageCursor(value: string | undefined, statuses: readonly string[]): ChildPageCursor | undefined {
  if (!value) return undefined;
  const dot = value.indexOf('.');
  const status = dot < 0 ? value : value.slice(0, dot);
  if (!statuses.includes(status)) return undefined;
  const token = dot < 0 ? undefined : value.slice(dot + 1);
  return token ? { status, token } : { status };
}

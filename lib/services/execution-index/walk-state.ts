/**
 * Where a machine's listing stands while a walk is under way, kept in the cursor's `resumeToken` so
 * that a sync killed part-way resumes there: the page token to continue from, the newest start the
 * walk began at (it becomes `newestStartedAt` once the walk is done), and where it stops (the
 * previous `newestStartedAt`; none for a walk to the end of the listing).
 */
export interface WalkState {
  nextToken: string;
  topMs?: number;
  boundaryMs?: number;
}

const PREFIX = 'statescope-sync.v1:';

export function encodeWalkState(state: WalkState): string {
  return `${PREFIX}${JSON.stringify(state)}`;
}

/** Undefined for no token or one this sync did not write (it is then ignored and the walk starts from the top). */
export function decodeWalkState(token: string | undefined): WalkState | undefined {
  if (!token?.startsWith(PREFIX)) return undefined;
  try {
    const value: unknown = JSON.parse(token.slice(PREFIX.length));
    if (typeof value !== 'object' || value === null) return undefined;
    const { nextToken, topMs, boundaryMs } = value as Record<string, unknown>;
    if (typeof nextToken !== 'string' || nextToken === '') return undefined;
    const optionalNumber = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? n : undefined);
    return { nextToken, topMs: optionalNumber(topMs), boundaryMs: optionalNumber(boundaryMs) };
  } catch {
    return undefined;
  }
}

import { DATA_SOURCE_ERROR_KINDS, type DataSourceProblem } from '@/lib/domain';

// A page whose main read fails throws before anything streams, so the response gets an error status.
// Next.js hides the message of a thrown error from the browser and keeps only its `digest`; the problem
// travels in the digest so that error.tsx can still show the panel with the message and the hint.
const PREFIX = 'statescope-data-source:';

export function toDataSourceDigest(problem: DataSourceProblem): string {
  return `${PREFIX}${encodeURIComponent(JSON.stringify({ kind: problem.kind, message: problem.message, hint: problem.hint }))}`;
}

/** The problem a digest from toDataSourceDigest holds; undefined for any other digest or value. */
export function readDataSourceDigest(digest: unknown): DataSourceProblem | undefined {
  if (typeof digest !== 'string' || !digest.startsWith(PREFIX)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(decodeURIComponent(digest.slice(PREFIX.length)));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { kind, message, hint } = value as Record<string, unknown>;
  const knownKind = DATA_SOURCE_ERROR_KINDS.find((known) => known === kind);
  if (!knownKind || typeof message !== 'string' || typeof hint !== 'string') return undefined;
  return { kind: knownKind, message, hint };
}

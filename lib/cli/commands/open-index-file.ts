import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ExecutionIndexStore } from '@/lib/execution-index/types';

/** Where the index is when no --index is given: $STATESCOPE_INDEX, else .statescope/index.db here. */
export const DEFAULT_INDEX_FILE = path.join('.statescope', 'index.db');

export class MissingIndexError extends Error {
  constructor(file: string) {
    super(`no index at ${file}; run \`statescope sync\` first (or pass --index FILE)`);
    this.name = 'MissingIndexError';
  }
}

/** The index file a reading command uses, absolute, from --index, $STATESCOPE_INDEX or the default. */
export function resolveIndexFile(flag: string | undefined, env: Readonly<Record<string, string | undefined>> = process.env): string {
  return path.resolve(flag ?? (env.STATESCOPE_INDEX?.trim() || DEFAULT_INDEX_FILE));
}

/**
 * Opens an existing index for a command that only reads it. Opening the SQLite store would create a
 * missing file, and an empty new index would answer "no match" to every search, so a missing file is
 * said as such first.
 */
export async function openIndexFile(file: string): Promise<ExecutionIndexStore> {
  if (!existsSync(file)) throw new MissingIndexError(file);
  if (!statSync(file).isFile()) throw new Error(`the index ${file} is not a file`);
  const { SqliteExecutionIndexStore } = await import('@/lib/execution-index/sqlite/sqlite-execution-index-store');
  return new SqliteExecutionIndexStore(file);
}

import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ExecutionArchive } from '@/lib/execution-index/read-archived-execution';
import { SqliteExecutionIndexStore } from '@/lib/execution-index/sqlite/sqlite-execution-index-store';

let opened: { file: string; store: SqliteExecutionIndexStore } | undefined;

/**
 * The execution index the page falls back to, opened once per process, or undefined when there is
 * no index file yet (a page read never creates one). The file as readIndexSettings resolves it
 * (STATESCOPE_INDEX, else .statescope/index.db). Stand-in until lib/services exports the shared
 * index (getSharedExecutionIndex), which the background sync also writes through.
 */
export function openExecutionArchive(): ExecutionArchive | undefined {
  const indexFile = path.resolve(process.env.STATESCOPE_INDEX?.trim() || path.join('.statescope', 'index.db'));
  if (opened?.file === indexFile) return opened.store;
  if (!existsSync(indexFile)) return undefined;
  opened = { file: indexFile, store: new SqliteExecutionIndexStore(indexFile) };
  return opened.store;
}

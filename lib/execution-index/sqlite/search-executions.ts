import type Database from 'better-sqlite3';
import { ExecutionQueryError } from '../execution-query-error';
import type { ExecutionQuery, ExecutionSearchHit, ExecutionSearchPage } from '../types';
import { buildExecutionFilter, type SqlValue } from './build-execution-filter';
import { decodeExecutionCursor, encodeExecutionCursor } from './execution-cursor';
import { fromExecutionRow, SELECT_EXECUTION_ROWS, type ExecutionRow } from './execution-row';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;
/**
 * From this many matches a page walks the newest-first index, checking each execution against the
 * match lists, rather than sorting every match: at 100,000 executions, 12,500 field matches took
 * 23 ms to sort and 2 ms to walk; a handful of matches is the other way round.
 */
const WALK_NEWEST_FROM_MATCHES = 1000;

/** Prepared statements by SQL text: a query's shape (which filters, how many values) decides its SQL. */
export type PrepareCached = (sql: string) => Database.Statement;

// The FTS5 columns in schema order, and the part of the record each one is.
const TEXT_FIELDS = ['input', 'output', 'error', 'cause', 'error', 'cause'] as const;
// Control characters as marks while FTS5 builds the snippet, so text holding « or » is not misread.
const OPEN = '\u0002';
const CLOSE = '\u0003';
const SNIPPET_TOKENS = 16;
const SNIPPET_SQL = `SELECT ${TEXT_FIELDS.map((_, column) => `snippet(executions_text, ${column}, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) AS c${column}`).join(', ')}
  FROM executions_text WHERE executions_text MATCH ? AND rowid = ?`;

function pageLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE)
    throw new ExecutionQueryError(`The page size must be a whole number from 1 to ${MAX_PAGE_SIZE}, not ${limit}.`);
  return limit;
}

/** The first column (input, output, error, cause) where the terms matched, with the matches in « ». */
function toSnippet(columns: Record<string, string | null> | undefined): Pick<ExecutionSearchHit, 'snippet' | 'snippetField'> {
  for (const [column, field] of TEXT_FIELDS.entries()) {
    const text = columns?.[`c${column}`];
    if (text?.includes(OPEN)) return { snippet: text.replaceAll(OPEN, '«').replaceAll(CLOSE, '»'), snippetField: field };
  }
  return {};
}

/**
 * One page of the executions a query matches, newest start first (then ARN, then source), after the
 * cursor's position (keyset paging: a page costs the same at any depth, and executions indexed
 * meanwhile never shift the pages). `total` counts every match; count and page read one snapshot.
 */
export function searchExecutions(db: Database.Database, prepare: PrepareCached, query: ExecutionQuery): ExecutionSearchPage {
  const limit = pageLimit(query.limit);
  const filter = buildExecutionFilter(query);
  const after = query.cursor === undefined ? undefined : decodeExecutionCursor(query.cursor);
  const keyset = after
    ? ' AND (e.started_at_ms < ? OR (e.started_at_ms = ? AND (e.execution_arn > ? OR (e.execution_arn = ? AND e.source > ?))))'
    : '';
  const keysetParams: SqlValue[] = after
    ? [after.startedAtMs, after.startedAtMs, after.executionArn, after.executionArn, after.source]
    : [];
  return db.transaction(() => {
    const { n: total } = prepare(`SELECT count(*) AS n FROM executions e WHERE ${filter.where}`).get(...filter.params) as { n: number };
    const pageFilter = total >= WALK_NEWEST_FROM_MATCHES ? buildExecutionFilter(query, { scanNewestFirst: true }) : filter;
    // The page's ids from the small rows first, then whole rows for those ids only (by rowid: as a
    // join, SQLite may walk every row in order and probe the page instead).
    const rows = prepare(
      `WITH page AS MATERIALIZED (
         SELECT e.id FROM executions e WHERE ${pageFilter.where}${keyset} ORDER BY e.started_at_ms DESC, e.execution_arn, e.source LIMIT ?
       )
       ${SELECT_EXECUTION_ROWS} WHERE e.id IN (SELECT id FROM page) ORDER BY e.started_at_ms DESC, e.execution_arn, e.source`,
    ).all(...filter.params, ...keysetParams, limit + 1) as ExecutionRow[];
    const page = rows.slice(0, limit);
    const snippets = filter.fts === undefined ? undefined : prepare(SNIPPET_SQL);
    const hits = page.map((row): ExecutionSearchHit => {
      const columns = snippets?.get(filter.fts ?? '', row.id) as Record<string, string | null> | undefined;
      return { execution: fromExecutionRow(row), ...(filter.fts === undefined ? {} : toSnippet(columns)) };
    });
    const last = page.at(-1);
    return {
      hits,
      total,
      ...(rows.length > limit && last
        ? { nextCursor: encodeExecutionCursor({ startedAtMs: last.started_at_ms, executionArn: last.execution_arn, source: last.source }) }
        : {}),
    };
  })();
}

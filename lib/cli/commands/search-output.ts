import { formatDateTime } from '@/lib/format/format-date-time';
import type { ExecutionSearchPage } from '@/lib/execution-index/types';

/** One line of `statescope search --json`: the shape scripts rely on. */
export interface SearchHitJson {
  executionArn: string;
  stateMachineArn: string;
  status: string;
  /** ISO 8601. */
  startDate: string;
  /** Where the text matched, the matched terms between « »; null for a query without text. */
  snippet: string | null;
}

export function toSearchJson(page: ExecutionSearchPage): SearchHitJson[] {
  return page.hits.map(({ execution, snippet }) => ({
    executionArn: execution.executionArn,
    stateMachineArn: execution.stateMachineArn,
    status: execution.status,
    startDate: execution.startedAt.toISOString(),
    snippet: snippet ?? null,
  }));
}

/** Collapses whitespace so a snippet of indented JSON stays on one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** `statescope search` as a table: status, start, machine and execution name, the snippet indented below. */
export function formatSearchText(page: ExecutionSearchPage): string {
  if (!page.hits.length) return 'No execution in the index matches.\n';
  const rows = page.hits.map(({ execution }) => [
    execution.status,
    formatDateTime(execution.startedAt),
    execution.stateMachineName,
    execution.name,
  ]);
  const widths = [0, 1, 2].map((column) =>
    Math.max(
      ...['STATUS', 'STARTED', 'STATE MACHINE'].map((h, i) => (i === column ? h.length : 0)),
      ...rows.map((row) => row[column]?.length ?? 0),
    ),
  );
  const pad = (cells: string[]) => cells.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] ?? 0) : cell)).join('  ');
  const lines = [pad(['STATUS', 'STARTED', 'STATE MACHINE', 'EXECUTION'])];
  page.hits.forEach((hit, i) => {
    lines.push(pad(rows[i] ?? []));
    if (hit.snippet) lines.push(`    ${hit.snippetField ? `${hit.snippetField}: ` : ''}${oneLine(hit.snippet)}`);
  });
  const more = page.total > page.hits.length ? ` (showing ${page.hits.length}; raise --limit for more)` : '';
  lines.push('', `${page.total} matching execution${page.total === 1 ? '' : 's'}${more}`);
  return `${lines.join('\n')}\n`;
}

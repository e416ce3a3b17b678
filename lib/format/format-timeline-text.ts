import type { ExecutionTimeline, StateVisit, VisitGroup } from '@/lib/history/types';
import { formatDuration } from './format-duration';

export interface TimelineTextOptions {
  /** Rows of the visit tree to print before summarising the rest. */
  maxTreeRows?: number;
}

const iso = (d: Date | null) =>
  d
    ? d
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, 'Z')
    : '–';
const oneLine = (s: string, max = 160) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

interface StateRow {
  name: string;
  type: string;
  visits: number;
  failed: number;
  caught: number;
  retries: number;
  totalMs: number | null;
  transitions: number;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

function collectStateRows(visits: StateVisit[], rows: Map<string, StateRow>): void {
  for (const v of visits) {
    const key = `${v.name}\u0000${v.type}`;
    const row = rows.get(key) ?? { name: v.name, type: v.type, visits: 0, failed: 0, caught: 0, retries: 0, totalMs: null, transitions: 0 };
    row.visits++;
    if (v.status === 'failed' || v.status === 'timed_out') row.failed++;
    if (v.status === 'caught') row.caught++;
    row.retries += Math.max(0, v.attempts.length - 1);
    if (v.durationMs !== null) row.totalMs = (row.totalMs ?? 0) + v.durationMs;
    row.transitions += v.billableTransitions;
    rows.set(key, row);
    for (const g of v.children) collectStateRows(g.visits, rows);
  }
}

function treeLines(visits: StateVisit[], depth: number, out: string[], max: number): void {
  for (const v of visits) {
    if (out.length >= max) return;
    const attempts = v.attempts.length > 1 ? `, ${v.attempts.length} attempts` : '';
    const error = v.error ? `  ${v.error}` : '';
    const next = v.caughtBy?.next ? ` → ${v.caughtBy.next}` : '';
    out.push(`${'  '.repeat(depth)}${v.name} (${v.type}) ${v.status}, ${formatDuration(v.durationMs)}${attempts}${error}${next}`);
    for (const g of v.children) groupLines(g, depth + 1, out, max);
  }
}

function groupLines(g: VisitGroup, depth: number, out: string[], max: number): void {
  if (out.length >= max) return;
  const run = g.run > 1 ? ` (run ${g.run})` : '';
  out.push(`${'  '.repeat(depth)}[${g.name}${run}] ${g.status}, ${formatDuration(g.durationMs)}`);
  treeLines(g.visits, depth + 1, out, max);
}

function countVisits(visits: StateVisit[]): number {
  let n = 0;
  for (const v of visits) {
    n++;
    for (const g of v.children) n += countVisits(g.visits);
  }
  return n;
}

/** The readable summary `statescope timeline` prints: status, failure, caught errors, per-state table. */
export function formatTimelineText(t: ExecutionTimeline, options: TimelineTextOptions = {}): string {
  const maxTreeRows = options.maxTreeRows ?? 60;
  const lines: string[] = [];
  const partial = t.partial ? `  (partial: ${t.partialReasons.join(', ')})` : '';
  lines.push(`Execution ${t.status}${partial}`);
  lines.push(`Started ${iso(t.startDate)}   Stopped ${iso(t.stopDate)}   Duration ${formatDuration(t.durationMs)}`);
  const redrives = t.redriveCount ? `, ${t.redriveCount} redrive(s)` : '';
  lines.push(`Events ${t.events.length}   State transitions (estimate) ${t.transitions.total}${redrives}`);
  for (const w of t.warnings) lines.push(`Warning: ${w}`);

  const { failurePath, rootCause, caught, failStates } = t.failure;
  if (failurePath.length) lines.push('', `Failure path: ${failurePath.map((v) => v.name).join(' → ')}`);
  if (rootCause) {
    lines.push(`Root cause: ${rootCause.state ?? '(execution)'}: ${rootCause.error ?? 'unknown error'}`);
    if (rootCause.errorMessage) lines.push(`  ${oneLine(rootCause.errorMessage)}`);
    else if (rootCause.cause) lines.push(`  ${oneLine(rootCause.cause)}`);
    for (const frame of (rootCause.stackTrace ?? []).slice(0, 5)) lines.push(`    ${oneLine(frame)}`);
  }
  if (caught.length) {
    lines.push('', 'Caught errors:');
    for (const c of caught) lines.push(`  ${c.state}: ${c.error ?? 'error'} → ${c.next ?? '(next state not in history)'}`);
  }
  if (failStates.length) lines.push('', `Fail states reached: ${failStates.map((f) => f.name).join(', ')}`);
  if (t.unknownEvents.length) {
    lines.push('', `Unknown events: ${t.unknownEvents.map((e) => `#${e.id} ${e.rawType}`).join(', ')}`);
  }

  const rows = new Map<string, StateRow>();
  collectStateRows(t.visits, rows);
  if (rows.size) {
    lines.push('', 'States:');
    const body = [...rows.values()].map((r) => [
      r.name,
      r.type,
      String(r.visits),
      String(r.failed),
      String(r.caught),
      String(r.retries),
      formatDuration(r.totalMs),
      String(r.transitions),
    ]);
    lines.push(...table(['STATE', 'TYPE', 'VISITS', 'FAILED', 'CAUGHT', 'RETRIES', 'TIME', 'TRANSITIONS'], body).map((l) => `  ${l}`));

    // One row past the limit says whether anything was left out, so a tree that fits exactly says nothing.
    const tree: string[] = [];
    treeLines(t.visits, 1, tree, maxTreeRows + 1);
    lines.push('', 'Visits:', ...tree.slice(0, maxTreeRows));
    if (tree.length > maxTreeRows) lines.push(`  … and more (${countVisits(t.visits)} visits in all; --json has every one)`);
  } else {
    lines.push('', 'No state was entered.');
  }
  return `${lines.join('\n')}\n`;
}

'use client';

import { useEffect, useRef, useState } from 'react';
import { formatDuration } from '@/lib/format/format-duration';
import { formatSpan } from '@/lib/format/format-instant';
import { toBarPosition, type GanttRow, type GanttSegment } from '@/lib/view-model/build-gantt-rows';
import { visibleWindow } from '@/lib/view-model/visible-window';
import { VISIT_STATUS_STYLES } from './visit-status-styles';

const ROW_PX = 28;
const VIEWPORT_PX = 448;
const TICKS = [0, 0.25, 0.5, 0.75, 1];

function Segment({ segment, range }: { segment: GanttSegment; range: [number, number] }) {
  const { leftPct, widthPct } = toBarPosition(segment.startMs, segment.endMs, range[0], range[1]);
  const style = { left: `${leftPct}%`, width: `${widthPct}%` };
  const title = `${segment.label}\n${formatSpan(segment.startMs, segment.endMs)}`;
  if (segment.kind === 'span') {
    return (
      <div
        title={title}
        style={style}
        className={`absolute top-[11px] h-[6px] rounded-sm opacity-35 ${VISIT_STATUS_STYLES[segment.status].bar}`}
      />
    );
  }
  if (segment.kind === 'backoff') {
    return (
      <div
        title={title}
        data-segment="backoff"
        style={style}
        className="absolute top-[8px] h-[12px] border-y border-dashed border-zinc-400 bg-[repeating-linear-gradient(45deg,transparent,transparent_3px,rgba(161,161,170,0.35)_3px,rgba(161,161,170,0.35)_6px)] dark:border-zinc-500"
      />
    );
  }
  return (
    <div
      title={title}
      data-segment="attempt"
      data-segment-status={segment.status}
      style={style}
      className={`absolute top-[6px] h-[16px] rounded-sm ${VISIT_STATUS_STYLES[segment.status].bar}`}
    />
  );
}

/** On a collapsed Map or Parallel row: how many of its iterations or branches failed or caught an error. */
function ChildOutcomes({ failed, caught }: { failed: number; caught: number }) {
  if (failed === 0 && caught === 0) return null;
  return (
    // Never truncated: on a collapsed row these counts are what tells a person to open it.
    <span data-child-outcomes="" className="shrink-0 text-[10px] font-semibold whitespace-nowrap">
      {failed > 0 && <span className="text-red-700 dark:text-red-300">{failed} failed</span>}
      {failed > 0 && caught > 0 && <span className="text-zinc-400"> · </span>}
      {caught > 0 && <span className="text-amber-800 dark:text-amber-300">{caught} caught</span>}
    </span>
  );
}

/**
 * The Gantt: one row per visit (Map and Parallel children behind a toggle), each Task attempt as its
 * own bar with the back-off between attempts hatched. Only the rows in view are in the DOM.
 */
export function GanttTimeline({
  rows,
  rangeStartMs,
  rangeEndMs,
  selectedVisitId,
  onSelect,
  onToggle,
}: {
  rows: GanttRow[];
  rangeStartMs: number;
  rangeEndMs: number;
  selectedVisitId: number | null;
  onSelect: (visitId: number) => void;
  onToggle: (rowKey: string) => void;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const selectedIndex = rows.findIndex((row) => row.visitId !== null && row.visitId === selectedVisitId);
  useEffect(() => {
    const element = viewport.current;
    if (!element || selectedIndex < 0) return;
    const top = selectedIndex * ROW_PX;
    if (top < element.scrollTop || top + ROW_PX > element.scrollTop + element.clientHeight) {
      element.scrollTop = Math.max(0, top - element.clientHeight / 2);
    }
  }, [selectedIndex]);

  if (rows.length === 0) {
    // Without a state entry there is no time axis to draw (an ERROR-level Express log, for one).
    return (
      <p className="px-3 py-4 text-sm text-zinc-500 dark:text-zinc-400">
        No state was entered in this history, so there is nothing to place on a timeline.
      </p>
    );
  }
  const height = Math.min(VIEWPORT_PX, rows.length * ROW_PX);
  const visible = visibleWindow(rows.length, scrollTop, height, ROW_PX);
  const range: [number, number] = [rangeStartMs, Math.max(rangeEndMs, rangeStartMs + 1)];
  return (
    <div className="text-xs">
      <div className="flex border-b border-zinc-200 text-[10px] text-zinc-500 dark:border-zinc-800 dark:text-zinc-400">
        <div className="w-44 shrink-0 px-3 py-1 sm:w-72">State</div>
        <div className="relative mr-3 flex-1 py-1">
          {TICKS.map((tick) => (
            <span
              key={tick}
              className="absolute -translate-x-1/2 whitespace-nowrap first:translate-x-0 last:-translate-x-full"
              style={{ left: `${tick * 100}%` }}
            >
              {formatDuration((range[1] - range[0]) * tick)}
            </span>
          ))}
          &nbsp;
        </div>
      </div>
      <div
        ref={viewport}
        role="list"
        aria-label="Timeline"
        data-row-count={rows.length}
        className="overflow-y-auto"
        style={{ height }}
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div style={{ height: visible.padTopPx }} />
        {rows.slice(visible.start, visible.end).map((row) => {
          const selected = row.visitId !== null && row.visitId === selectedVisitId;
          return (
            <div
              key={row.key}
              role="listitem"
              aria-current={selected ? 'true' : undefined}
              data-row-key={row.key}
              data-row-status={row.status}
              data-row-label={row.label}
              className={`flex h-7 items-center border-b border-zinc-100 dark:border-zinc-800/60 ${
                selected ? 'bg-indigo-50 dark:bg-indigo-950/50' : row.kind === 'group' ? 'bg-zinc-50/70 dark:bg-zinc-900/40' : ''
              }`}
            >
              {/* The left-out groups' row has no bar: its words take the whole width (a phone's label column is narrow). */}
              <div
                className={`flex items-center gap-1 truncate pr-2 ${row.kind === 'withheld' ? 'min-w-0 flex-1' : 'w-44 shrink-0 sm:w-72'}`}
                style={{ paddingLeft: 8 + row.depth * 14 }}
              >
                {row.childCount > 0 ? (
                  <button
                    type="button"
                    aria-expanded={row.expanded}
                    aria-label={`${row.expanded ? 'Collapse' : 'Expand'} ${row.label}`}
                    onClick={() => onToggle(row.key)}
                    className="w-4 shrink-0 text-zinc-500 hover:text-zinc-900 dark:hover:text-zinc-100"
                  >
                    {row.expanded ? '▾' : '▸'}
                  </button>
                ) : (
                  <span className="w-4 shrink-0" />
                )}
                {row.visitId !== null ? (
                  <button
                    type="button"
                    onClick={() => row.visitId !== null && onSelect(row.visitId)}
                    className="max-w-44 shrink-0 truncate text-left font-medium hover:underline"
                  >
                    {row.label}
                  </button>
                ) : row.kind === 'withheld' ? (
                  <span className="truncate text-zinc-600 italic dark:text-zinc-300">{row.label}</span>
                ) : (
                  <button type="button" onClick={() => onToggle(row.key)} className="truncate text-left text-zinc-600 dark:text-zinc-300">
                    {row.label}
                  </button>
                )}
                <span className="shrink-[3] truncate text-[10px] text-zinc-600 dark:text-zinc-400">
                  {row.detail}
                  {row.childCount > 0 && ` · ${row.childOutcomes?.total ?? row.childCount}`}
                </span>
                {!row.expanded && row.childOutcomes && (
                  <ChildOutcomes failed={row.childOutcomes.failed} caught={row.childOutcomes.caught} />
                )}
              </div>
              {row.kind !== 'withheld' && (
                <div className="relative mr-3 h-full flex-1" onClick={() => row.visitId !== null && onSelect(row.visitId)}>
                  {row.segments.map((segment, position) => (
                    <Segment key={position} segment={segment} range={range} />
                  ))}
                </div>
              )}
            </div>
          );
        })}
        <div style={{ height: visible.padBottomPx }} />
      </div>
    </div>
  );
}

import type { DiffRow, DiffRowKind } from '@/lib/view-model/diff-lines';

/** Background classes of each side of a row, by how the row differs. */
export type DiffTint = Record<DiffRowKind, { left: string; right: string }>;

const CELL = 'px-2 align-top break-all whitespace-pre-wrap';
const DIVIDER = 'border-l border-zinc-200 dark:border-zinc-800';

/**
 * Two texts' lines side by side, as `diffLines` aligned them, each side tinted by `tint`. Past
 * `maxRows` rows the rest is counted, not drawn: a huge payload must not stall the page.
 */
export function DiffTable({
  rows,
  label,
  leftHeading,
  rightHeading,
  tint,
  maxRows = 2_000,
}: {
  rows: readonly DiffRow[];
  label: string;
  leftHeading: string;
  rightHeading: string;
  tint: DiffTint;
  maxRows?: number;
}) {
  return (
    <>
      <table aria-label={label} className="w-full table-fixed border-collapse font-mono text-[11px] leading-5">
        <thead className="sticky top-0 bg-zinc-100 text-left text-zinc-700 dark:bg-zinc-900 dark:text-zinc-200">
          <tr>
            <th className="w-1/2 px-2 font-medium">{leftHeading}</th>
            <th className={`w-1/2 px-2 font-medium ${DIVIDER}`}>{rightHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, maxRows).map((row, position) => (
            <tr key={position} data-diff={row.kind}>
              <td className={`${CELL} ${tint[row.kind].left}`}>{row.left?.text ?? ''}</td>
              <td className={`${CELL} ${DIVIDER} ${tint[row.kind].right}`}>{row.right?.text ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > maxRows && (
        <p className="p-2 text-[11px] text-zinc-500 dark:text-zinc-400">{rows.length - maxRows} more lines not shown.</p>
      )}
    </>
  );
}

import { diffLines, type DiffRowKind } from '@/lib/view-model/diff-lines';

const SIDE_CLASSES: Record<DiffRowKind, { left: string; right: string }> = {
  same: { left: '', right: '' },
  changed: { left: 'bg-red-50 dark:bg-red-950/50', right: 'bg-emerald-50 dark:bg-emerald-950/50' },
  removed: { left: 'bg-red-50 dark:bg-red-950/50', right: 'bg-zinc-50 dark:bg-zinc-900' },
  added: { left: 'bg-zinc-50 dark:bg-zinc-900', right: 'bg-emerald-50 dark:bg-emerald-950/50' },
};

/** Input on the left, output on the right, changed lines tinted. */
export function SideBySideDiff({ left, right }: { left: string; right: string }) {
  const { rows, approximate } = diffLines(left, right);
  const changes = rows.filter((row) => row.kind !== 'same').length;
  return (
    <div>
      <p className="mb-1 text-[11px] text-zinc-500 dark:text-zinc-400">
        {changes === 0 ? 'Output is the same as input.' : `${changes} ${changes === 1 ? 'line differs' : 'lines differ'}.`}
        {approximate && ' (Too long to align: lines are compared by position.)'}
      </p>
      <div className="max-h-96 overflow-auto rounded-md ring-1 ring-zinc-200 ring-inset dark:ring-zinc-800">
        <table aria-label="Input and output diff" className="w-full table-fixed border-collapse font-mono text-[11px] leading-5">
          <thead className="sticky top-0 bg-zinc-100 text-left text-zinc-600 dark:bg-zinc-900 dark:text-zinc-300">
            <tr>
              <th className="w-1/2 px-2 font-medium">Input</th>
              <th className="w-1/2 border-l border-zinc-200 px-2 font-medium dark:border-zinc-800">Output</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 2_000).map((row, position) => (
              <tr key={position} data-diff={row.kind}>
                <td className={`px-2 align-top break-all whitespace-pre-wrap ${SIDE_CLASSES[row.kind].left}`}>{row.left?.text ?? ''}</td>
                <td
                  className={`border-l border-zinc-200 px-2 align-top break-all whitespace-pre-wrap dark:border-zinc-800 ${SIDE_CLASSES[row.kind].right}`}
                >
                  {row.right?.text ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

import { diffLines } from '@/lib/view-model/diff-lines';
import { DiffTable, type DiffTint } from '../ui/diff-table';
import { ScrollRegion } from '../ui/scroll-region';

const SIDE_CLASSES: DiffTint = {
  same: { left: '', right: '' },
  changed: { left: 'bg-red-50 dark:bg-red-950/50', right: 'bg-emerald-50 dark:bg-emerald-950/50' },
  removed: { left: 'bg-red-50 dark:bg-red-950/50', right: 'bg-zinc-50 dark:bg-zinc-900' },
  added: { left: 'bg-zinc-50 dark:bg-zinc-900', right: 'bg-emerald-50 dark:bg-emerald-950/50' },
};

/** Input on the left, output on the right (or any two named values), changed lines tinted. */
export function SideBySideDiff({
  left,
  right,
  leftHeading = 'Input',
  rightHeading = 'Output',
  label = 'Input and output diff',
}: {
  left: string;
  right: string;
  leftHeading?: string;
  rightHeading?: string;
  label?: string;
}) {
  const { rows, approximate } = diffLines(left, right);
  const changes = rows.filter((row) => row.kind !== 'same').length;
  return (
    <div>
      <p className="mb-1 text-[11px] text-zinc-500 dark:text-zinc-400">
        {changes === 0
          ? `${rightHeading} is the same as ${leftHeading.toLowerCase()}.`
          : `${changes} ${changes === 1 ? 'line differs' : 'lines differ'}.`}
        {approximate && ' (Too long to align: lines are compared by position.)'}
      </p>
      <ScrollRegion label={label} className="max-h-96 overflow-auto rounded-md ring-1 ring-zinc-200 ring-inset dark:ring-zinc-800">
        <DiffTable rows={rows} label={label} leftHeading={leftHeading} rightHeading={rightHeading} tint={SIDE_CLASSES} />
      </ScrollRegion>
    </div>
  );
}

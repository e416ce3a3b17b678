import { prettyPayload } from '@/lib/compare/payloads-differ';
import type { ComparePayload } from '@/lib/compare/types';
import { diffLines } from '@/lib/view-model/diff-lines';
import { DiffTable, type DiffTint } from '../ui/diff-table';
import { ScrollRegion } from '../ui/scroll-region';

const SIDE_CLASSES: DiffTint = {
  same: { left: '', right: '' },
  changed: { left: 'bg-violet-50 dark:bg-violet-950/50', right: 'bg-sky-50 dark:bg-sky-950/50' },
  removed: { left: 'bg-violet-50 dark:bg-violet-950/50', right: 'bg-zinc-50 dark:bg-zinc-900' },
  added: { left: 'bg-zinc-50 dark:bg-zinc-900', right: 'bg-sky-50 dark:bg-sky-950/50' },
};
const MAX_ROWS = 2_000;

/**
 * One payload (input or output) of A beside B's, JSON pretty-printed, differing lines tinted. Long
 * payloads scroll inside their box, so a phone page never widens.
 */
export function PayloadDiff({ title, a, b }: { title: string; a: ComparePayload | undefined; b: ComparePayload | undefined }) {
  if (!a && !b) return <p className="text-xs text-zinc-500 dark:text-zinc-400">{title}: none on either side.</p>;
  const { rows, approximate } = diffLines(a ? prettyPayload(a.text) : '', b ? prettyPayload(b.text) : '');
  const changes = rows.filter((row) => row.kind !== 'same').length;
  return (
    <div data-testid={`diff-${title.toLowerCase()}`}>
      <p className="mb-1 text-[11px] text-zinc-600 dark:text-zinc-300">
        <span className="font-semibold">{title}</span>:{' '}
        {!a
          ? 'only B has one.'
          : !b
            ? 'only A has one.'
            : changes === 0
              ? 'the same in A and B.'
              : `${changes} ${changes === 1 ? 'line differs' : 'lines differ'}.`}
        {approximate && ' (Too different to align: lines are compared by position.)'}
        {(a?.truncated || b?.truncated) && ' Truncated by AWS: the end is missing on that side, so a difference may be hidden.'}
      </p>
      <ScrollRegion
        label={`${title} of A and B`}
        className="max-h-80 overflow-auto rounded-md ring-1 ring-zinc-200 ring-inset dark:ring-zinc-800"
      >
        <DiffTable rows={rows} label={`${title} of A and B`} leftHeading="A" rightHeading="B" tint={SIDE_CLASSES} maxRows={MAX_ROWS} />
      </ScrollRegion>
    </div>
  );
}

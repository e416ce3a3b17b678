'use client';

import type { PayloadHead } from '@/lib/view-model/visit-payloads-preview';
import { JsonBlock } from '../ui/json-block';

const count = new Intl.NumberFormat('en-US');

/**
 * The first lines of a payload too large to come with the page, shown while the whole of it is
 * fetched (PayloadView takes its place then): the start of a Map's item list is readable at once.
 */
export function PayloadHeadView({ head, label }: { head: PayloadHead | undefined; label: string }) {
  if (head === undefined)
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">No {label.toLowerCase()} recorded for this visit.</p>;
  const partial = head.head.length < head.totalChars;
  return (
    <div data-payload-head={label}>
      {partial && (
        <p role="status" className="mb-1.5 text-[11px] text-zinc-500 dark:text-zinc-400">
          The first {count.format(head.head.length)} of {count.format(head.totalChars)} characters; reading the rest…
        </p>
      )}
      <JsonBlock text={partial ? `${head.head}\n…` : head.head} label={label} />
    </div>
  );
}

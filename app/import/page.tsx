import type { Metadata } from 'next';
import { Suspense } from 'react';
import { HistoryImport } from '@/components/execution-detail/history-import';
import { PageHeading } from '@/components/ui/page-heading';

export const metadata: Metadata = { title: 'Import a history' };

export default function ImportPage() {
  return (
    <>
      <PageHeading eyebrow="Offline" title="Import an execution history">
        See any execution from a saved history file: failure, graph, timeline and state inputs and outputs, without access to the account it
        ran in.
      </PageHeading>
      <Suspense>
        <HistoryImport />
      </Suspense>
    </>
  );
}

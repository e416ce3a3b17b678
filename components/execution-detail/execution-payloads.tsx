import { formatJson } from '@/lib/format/format-json';
import type { ExecutionView } from '@/lib/view-model/types';
import { Card } from '../ui/card';
import { LongJsonBlock } from '../ui/long-json-block';
import { CopyButton } from './copy-button';

function PayloadCard({
  title,
  label,
  copyLabel,
  text,
  fallback,
}: {
  title: string;
  label: string;
  /** Not containing `label`, so the block stays the only thing that label names. */
  copyLabel: string;
  text: string | undefined;
  fallback: string;
}) {
  const shown = text === undefined ? fallback : formatJson(text);
  return (
    <Card title={title} actions={text !== undefined && <CopyButton text={shown} label={copyLabel} />}>
      <div className="p-3" data-payload={label}>
        <LongJsonBlock label={label} text={shown} maxHeightClass="max-h-72" />
      </div>
    </Card>
  );
}

/** The execution's own input and output, from its ExecutionStarted and ExecutionSucceeded events. */
export function ExecutionPayloads({ view }: { view: Pick<ExecutionView, 'input' | 'output' | 'status'> }) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <PayloadCard title="Execution input" label="Execution input" copyLabel="Copy input" text={view.input} fallback="(no input)" />
      <PayloadCard
        title="Execution output"
        label="Execution output"
        copyLabel="Copy output"
        text={view.output}
        fallback={view.status === 'RUNNING' ? '(running: no output yet)' : '(no output)'}
      />
    </div>
  );
}

import { formatJson } from '@/lib/format/format-json';
import type { ExecutionView } from '@/lib/view-model/types';
import { Card } from '../ui/card';
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
      <div className="p-3">
        <pre
          aria-label={label}
          className="max-h-72 overflow-auto rounded-md bg-zinc-50 p-3 font-mono text-xs leading-relaxed text-zinc-800 ring-1 ring-zinc-200 ring-inset dark:bg-zinc-950 dark:text-zinc-200 dark:ring-zinc-800"
        >
          {shown}
        </pre>
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

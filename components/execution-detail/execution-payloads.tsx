import { formatJson } from '@/lib/format/format-json';
import type { ExecutionPayload, ExecutionPayloadsPreview } from '@/lib/view-model/execution-payloads-preview';
import type { ExecutionView } from '@/lib/view-model/types';
import { Card } from '../ui/card';
import { LongJsonBlock } from '../ui/long-json-block';
import { CopyButton } from './copy-button';

/** The first lines of a large execution input or output the page carried, and where the whole is read. */
export interface RemoteExecutionPayloads {
  previews: ExecutionPayloadsPreview;
  /** The whole payload, as recorded (not yet indented). */
  read: (payload: ExecutionPayload) => Promise<string>;
}

function PayloadCard({
  payload,
  title,
  label,
  copyLabel,
  text,
  remote,
  fallback,
}: {
  payload: ExecutionPayload;
  title: string;
  label: string;
  /** Not containing `label`, so the block stays the only thing that label names. */
  copyLabel: string;
  text: string | undefined;
  remote?: RemoteExecutionPayloads;
  fallback: string;
}) {
  const preview = text === undefined ? remote?.previews[payload] : undefined;
  // A payload too large for the page: its first lines here, the whole read when shown or copied.
  const readWhole = preview && remote ? () => remote.read(payload).then(formatJson) : undefined;
  const shown = preview ? preview.head : text === undefined ? fallback : formatJson(text);
  const copied = readWhole ?? (text === undefined ? undefined : shown);
  return (
    <Card title={title} actions={copied !== undefined && <CopyButton text={copied} label={copyLabel} />}>
      <div className="p-3" data-payload={label}>
        <LongJsonBlock label={label} text={shown} wholeChars={preview?.totalChars} readWhole={readWhole} maxHeightClass="max-h-72" />
      </div>
    </Card>
  );
}

/**
 * The execution's own input and output, from its ExecutionStarted and ExecutionSucceeded events.
 * One too large for the page comes as its first lines (`remote`), until the view holds it whole.
 */
export function ExecutionPayloads({
  view,
  remote,
}: {
  view: Pick<ExecutionView, 'input' | 'output' | 'status'>;
  remote?: RemoteExecutionPayloads;
}) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <PayloadCard
        payload="input"
        title="Execution input"
        label="Execution input"
        copyLabel="Copy input"
        text={view.input}
        remote={remote}
        fallback="(no input)"
      />
      <PayloadCard
        payload="output"
        title="Execution output"
        label="Execution output"
        copyLabel="Copy output"
        text={view.output}
        remote={remote}
        fallback={view.status === 'RUNNING' ? '(running: no output yet)' : '(no output)'}
      />
    </div>
  );
}

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

/** "Execution input" or "Execution output": its card's title and its block's label. */
function PayloadCard({
  payload,
  text,
  remote,
  fallback,
}: {
  payload: ExecutionPayload;
  text: string | undefined;
  remote?: RemoteExecutionPayloads;
  fallback: string;
}) {
  const label = `Execution ${payload}`;
  // "Copy input": not containing `label`, so the block stays the only thing that label names.
  const copyLabel = `Copy ${payload}`;
  const preview = text === undefined ? remote?.previews[payload] : undefined;
  // A payload too large for the page: its first lines here, the whole read when shown or copied.
  const readWhole = preview && remote ? () => remote.read(payload).then(formatJson) : undefined;
  const shown = preview ? preview.head : text === undefined ? fallback : formatJson(text);
  const copied = readWhole ?? (text === undefined ? undefined : shown);
  return (
    <Card title={label} actions={copied !== undefined && <CopyButton text={copied} label={copyLabel} />}>
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
      <PayloadCard payload="input" text={view.input} remote={remote} fallback="(no input)" />
      <PayloadCard
        payload="output"
        text={view.output}
        remote={remote}
        fallback={view.status === 'RUNNING' ? '(running: no output yet)' : '(no output)'}
      />
    </div>
  );
}

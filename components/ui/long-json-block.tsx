'use client';

import { useState, type ComponentProps } from 'react';
import { PREVIEW_CHARS } from '@/lib/format/preview-chars';
import { JsonBlock } from './json-block';

type WholeText = { state: 'preview' } | { state: 'reading' } | { state: 'whole'; text: string } | { state: 'failed'; message: string };

/**
 * A JsonBlock that shows the first PREVIEW_CHARS of a long text and a button for the whole of it, so
 * a page of large payloads (a 3,400-item Map input pretty-printed is 150 KB) draws the preview only.
 * The whole text is either `text` itself (a click away, without a request) or, when `text` is only
 * the preview of `wholeChars` characters, what `readWhole` answers.
 */
export function LongJsonBlock({
  wholeChars,
  readWhole,
  ...props
}: ComponentProps<typeof JsonBlock> & { wholeChars?: number; readWhole?: () => Promise<string> }) {
  const [whole, setWhole] = useState<WholeText>({ state: 'preview' });
  const length = Math.max(wholeChars ?? 0, props.text.length);
  if (whole.state === 'whole') return <JsonBlock {...props} text={whole.text} />;
  const remote = readWhole !== undefined && length > props.text.length;
  if (!remote && props.text.length <= PREVIEW_CHARS) return <JsonBlock {...props} />;
  const name = props.label.charAt(0).toLowerCase() + props.label.slice(1);
  const showAll = () => {
    if (!remote) return setWhole({ state: 'whole', text: props.text });
    setWhole({ state: 'reading' });
    readWhole().then(
      (text) => setWhole({ state: 'whole', text }),
      (error: unknown) => setWhole({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
  return (
    <div>
      <JsonBlock {...props} text={`${props.text.slice(0, PREVIEW_CHARS)}\n…`} />
      <button
        type="button"
        onClick={showAll}
        disabled={whole.state === 'reading'}
        className="mt-1 text-xs font-medium text-indigo-700 hover:underline disabled:opacity-60 dark:text-indigo-300"
      >
        {whole.state === 'reading' ? `Reading all of ${name}…` : `Show all of ${name} (${Math.max(1, Math.round(length / 1024))} KB)`}
      </button>
      {whole.state === 'failed' && (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
          All of {name} could not be read: {whole.message}
        </p>
      )}
    </div>
  );
}

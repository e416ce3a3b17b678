'use client';

import { useState, type ComponentProps } from 'react';
import { JsonBlock } from './json-block';

/** Characters of a long text shown until the reader asks for the rest. */
export const PREVIEW_CHARS = 2_000;

/**
 * A JsonBlock that shows the first PREVIEW_CHARS of a long text and a button for the whole of it, so
 * a page of large payloads (a 3,400-item Map input pretty-printed is 150 KB) sends and draws the
 * preview only; the whole text is a click away, without a request.
 */
export function LongJsonBlock(props: ComponentProps<typeof JsonBlock>) {
  const [whole, setWhole] = useState(false);
  if (whole || props.text.length <= PREVIEW_CHARS) return <JsonBlock {...props} />;
  return (
    <div>
      <JsonBlock {...props} text={`${props.text.slice(0, PREVIEW_CHARS)}\n…`} />
      <button
        type="button"
        onClick={() => setWhole(true)}
        className="mt-1 text-xs font-medium text-indigo-700 hover:underline dark:text-indigo-300"
      >
        Show all of {props.label.charAt(0).toLowerCase() + props.label.slice(1)} ({Math.max(1, Math.round(props.text.length / 1024))} KB)
      </button>
    </div>
  );
}

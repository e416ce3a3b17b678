'use client';

import { useState } from 'react';

/**
 * Copies text to the clipboard and says so for a moment. `text` may be a function, for text that is
 * costly to make and needed only when the button is pressed.
 */
export function CopyButton({ text, label }: { text: string | (() => string); label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      aria-label={label}
      onClick={() => {
        void navigator.clipboard?.writeText(typeof text === 'function' ? text() : text).then(() => {
          setCopied(true);
          setTimeout(() => setCopied(false), 1500);
        });
      }}
      className="rounded border border-zinc-300 px-2 py-0.5 text-[11px] font-medium text-zinc-700 hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
    >
      {copied ? 'Copied' : 'Copy'}
    </button>
  );
}

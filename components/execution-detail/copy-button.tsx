'use client';

import { useState } from 'react';

type CopyState = 'idle' | 'reading' | 'copied' | 'failed';
const SHOWN: Record<CopyState, string> = { idle: 'Copy', reading: 'Copying…', copied: 'Copied', failed: 'Not copied' };

/**
 * Copies text to the clipboard and says so for a moment. `text` may be a function, for text that is
 * costly to make or still to be read from the server (a promise), needed only when the button is pressed.
 */
export function CopyButton({ text, label }: { text: string | (() => string | Promise<string>); label: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const settle = (next: CopyState) => {
    setState(next);
    setTimeout(() => setState('idle'), 1500);
  };
  return (
    <button
      type="button"
      aria-label={label}
      disabled={state === 'reading'}
      title={state === 'failed' ? 'The text could not be read or the clipboard refused it.' : undefined}
      onClick={() => {
        const wanted = typeof text === 'function' ? text() : text;
        if (typeof wanted !== 'string') setState('reading');
        Promise.resolve(wanted)
          .then((whole) => navigator.clipboard.writeText(whole))
          .then(
            () => settle('copied'),
            () => settle('failed'),
          );
      }}
      className="rounded border border-zinc-300 px-2 py-0.5 text-[11px] font-medium text-zinc-700 hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-800"
    >
      {SHOWN[state]}
    </button>
  );
}

'use client';

import { useMemo, useState } from 'react';
import { formatJson } from '@/lib/format/format-json';
import { CopyButton } from './copy-button';
import { JsonTree } from './json-tree';

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** One payload (input, output, parameters) as a JSON tree or as indented text, with a copy button. */
export function PayloadView({ text, label, truncated = false }: { text: string | undefined; label: string; truncated?: boolean }) {
  const [mode, setMode] = useState<'tree' | 'text'>('tree');
  // Parsed once per payload, not at every render of the inspector around it.
  const parsed = useMemo(() => (text === undefined ? null : parse(text)), [text]);
  // Indented only to be shown as text, or when copied: for a large payload shown as a tree (the
  // default), indenting it took 7-20 ms per 120 KB (in Node), against 1-2 ms for parsing it.
  const showsText = mode === 'text' || parsed?.ok === false;
  const formatted = useMemo(() => (showsText ? formatJson(text) : null), [showsText, text]);
  if (text === undefined || parsed === null)
    return <p className="text-sm text-zinc-500 dark:text-zinc-400">No {label.toLowerCase()} recorded for this visit.</p>;
  return (
    <div>
      <div className="mb-1.5 flex items-center gap-2">
        <div
          role="group"
          aria-label={`${label} view`}
          className="inline-flex overflow-hidden rounded border border-zinc-300 text-[11px] dark:border-zinc-700"
        >
          {(['tree', 'text'] as const).map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={mode === option}
              onClick={() => setMode(option)}
              className={`px-2 py-0.5 ${mode === option ? 'bg-zinc-800 text-white dark:bg-zinc-200 dark:text-zinc-900' : 'text-zinc-700 dark:text-zinc-300'}`}
            >
              {option === 'tree' ? 'Tree' : 'Text'}
            </button>
          ))}
        </div>
        <CopyButton text={formatted ?? (() => formatJson(text))} label={`Copy ${label.toLowerCase()}`} />
        {truncated && <span className="text-[11px] text-amber-700 dark:text-amber-300">truncated by AWS at 256 KiB</span>}
      </div>
      {mode === 'tree' && parsed.ok ? (
        <JsonTree value={parsed.value} label={label} />
      ) : (
        <pre
          aria-label={label}
          className="max-h-96 overflow-auto rounded-md bg-zinc-50 p-3 font-mono text-xs leading-relaxed break-all whitespace-pre-wrap text-zinc-800 ring-1 ring-zinc-200 ring-inset dark:bg-zinc-950 dark:text-zinc-200 dark:ring-zinc-800"
        >
          {formatted}
        </pre>
      )}
    </div>
  );
}

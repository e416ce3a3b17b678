import { splitSnippet } from './split-snippet';

const FIELD_LABEL = { input: 'Input', output: 'Output', error: 'Error', cause: 'Cause' } as const;

/** The matched text with its terms in <mark>, rendered as text nodes (a payload may hold markup). */
export function HighlightedSnippet({ snippet, field }: { snippet: string; field?: keyof typeof FIELD_LABEL }) {
  return (
    <p className="mt-1 font-mono text-xs break-words text-zinc-700 dark:text-zinc-300" data-testid="search-snippet">
      {field && <span className="mr-2 font-sans font-medium text-zinc-500 dark:text-zinc-400">{FIELD_LABEL[field]}:</span>}
      {splitSnippet(snippet).map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-zinc-950 dark:bg-amber-400/80 dark:text-zinc-950">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

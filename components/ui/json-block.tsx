/** Preformatted JSON (or any text) in a scrollable box. */
export function JsonBlock({
  text,
  label,
  maxHeightClass = 'max-h-96',
  wrap = false,
}: {
  text: string;
  label: string;
  maxHeightClass?: string;
  /** Wrap long lines (narrow columns) instead of scrolling sideways. */
  wrap?: boolean;
}) {
  return (
    <pre
      aria-label={label}
      className={`${maxHeightClass} ${wrap ? 'break-all whitespace-pre-wrap' : ''} overflow-auto rounded-md bg-zinc-50 p-3 font-mono text-xs leading-relaxed text-zinc-800 ring-1 ring-zinc-200 ring-inset dark:bg-zinc-950 dark:text-zinc-200 dark:ring-zinc-800`}
    >
      {text}
    </pre>
  );
}

import type { ReactNode } from 'react';

/**
 * A page's title, with an eyebrow above it and, on the eyebrow's line, an `aside` (small actions):
 * that line is there anyway, so the actions take no height from what the page must show first.
 */
export function PageHeading({
  title,
  eyebrow,
  aside,
  children,
}: {
  title: ReactNode;
  eyebrow?: ReactNode;
  aside?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className="mb-6">
      {(eyebrow || aside) && (
        <div className="mb-1 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          {eyebrow && <div className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{eyebrow}</div>}
          {aside && <div className="text-sm">{aside}</div>}
        </div>
      )}
      <h1 className="text-2xl font-semibold tracking-tight break-all text-zinc-900 dark:text-zinc-50">{title}</h1>
      {children && <div className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{children}</div>}
    </div>
  );
}

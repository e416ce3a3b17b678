import type { ReactNode } from 'react';

export function PageHeading({ title, eyebrow, children }: { title: ReactNode; eyebrow?: ReactNode; children?: ReactNode }) {
  return (
    <div className="mb-6">
      {eyebrow && <div className="mb-1 text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">{eyebrow}</div>}
      <h1 className="text-2xl font-semibold tracking-tight break-all text-zinc-900 dark:text-zinc-50">{title}</h1>
      {children && <div className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">{children}</div>}
    </div>
  );
}

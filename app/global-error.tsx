'use client';

import { UnexpectedError } from '@/components/errors/unexpected-error';
import './globals.css';

/** Replaces the root layout when the layout itself fails, so it brings its own html and body. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 p-8 font-sans text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
        <UnexpectedError error={error} retry={retry} what="Statescope" />
      </body>
    </html>
  );
}

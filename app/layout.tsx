import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { DataSourceBadgeSkeleton } from '@/components/data-source/data-source-badge';
import { SiteHeader } from '@/components/layout/site-header';
import { DataSourceSection } from './_sections/data-source-section';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Statescope', template: '%s · Statescope' },
  description: 'Execution histories of AWS Step Functions, readable.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-zinc-50 font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        {/* First in the tab order: a keyboard user skips the header's links and search box. */}
        <a
          href="#main-content"
          className="sr-only rounded-md bg-indigo-700 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:px-3 focus:py-2"
        >
          Skip to main content
        </a>
        <SiteHeader
          dataSource={
            <Suspense fallback={<DataSourceBadgeSkeleton />}>
              <DataSourceSection />
            </Suspense>
          }
        />
        <main id="main-content" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:px-6 sm:py-8">
          {children}
        </main>
      </body>
    </html>
  );
}

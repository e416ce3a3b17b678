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
        <SiteHeader
          dataSource={
            <Suspense fallback={<DataSourceBadgeSkeleton />}>
              <DataSourceSection />
            </Suspense>
          }
        />
        <main className="mx-auto max-w-7xl px-6 py-8">{children}</main>
      </body>
    </html>
  );
}

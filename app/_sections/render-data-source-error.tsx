import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { DataSourceErrorNote, DataSourceErrorPanel } from '@/components/data-source/data-source-error-panel';
import { isDataSourceError } from '@/lib/aws';

/**
 * What a section renders when its adapter call failed: the route's not-found page for `not-found`,
 * a DataSourceErrorPanel for other expected failures, and a rethrow (to `error.tsx`) for bugs.
 * A section below the page's main one passes `secondary` (what it would have shown): it gets a
 * one-line note, since the main section shows the full panel when the data source is down.
 */
export function renderDataSourceError(error: unknown, secondary?: { what: string }): ReactElement {
  if (!isDataSourceError(error)) throw error;
  if (error.kind === 'not-found') notFound();
  if (secondary) return <DataSourceErrorNote problem={error.toProblem()} what={secondary.what} />;
  return <DataSourceErrorPanel problem={error.toProblem()} />;
}

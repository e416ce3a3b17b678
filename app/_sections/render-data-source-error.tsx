import { notFound } from 'next/navigation';
import type { ReactElement } from 'react';
import { DataSourceErrorPanel } from '@/components/data-source/data-source-error-panel';
import { isDataSourceError } from '@/lib/aws';

/**
 * What a section renders when its adapter call failed: the route's not-found page for `not-found`,
 * a DataSourceErrorPanel for other expected failures, and a rethrow (to `error.tsx`) for bugs.
 */
export function renderDataSourceError(error: unknown): ReactElement {
  if (!isDataSourceError(error)) throw error;
  if (error.kind === 'not-found') notFound();
  return <DataSourceErrorPanel problem={error.toProblem()} />;
}

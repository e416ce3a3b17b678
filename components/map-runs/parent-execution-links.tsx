import Link from 'next/link';
import type { ParentLinks } from '@/lib/map-runs/types';
import { executionHref } from '../routes';
import { LINK } from '../ui/table-classes';
import { mapRunHref, mapRunName } from '../routes';

const executionName = (arn: string) => arn.split(':').at(-1) ?? arn;

/** On a child execution's page: the way back to the Map Run and the execution that started it. */
export function ParentExecutionLinks({ links }: { links: ParentLinks }) {
  if (!links.mapRun && !links.startedBy) return null;
  return (
    <nav
      aria-label="Parent execution"
      data-testid="parent-links"
      className="mb-4 rounded-md border border-indigo-200 bg-indigo-50 px-4 py-2 text-sm text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950/40 dark:text-indigo-100"
    >
      {links.mapRun && (
        <p>
          Child workflow of Map Run{' '}
          <Link href={mapRunHref(links.mapRun.arn)} className={`${LINK} break-all`} data-testid="map-run-link">
            {mapRunName(links.mapRun.arn)}
          </Link>
          {links.mapRun.executionArn && (
            <>
              {' '}
              in execution{' '}
              <Link href={executionHref(links.mapRun.executionArn)} className={`${LINK} break-all`} data-testid="map-run-parent-link">
                {executionName(links.mapRun.executionArn)}
              </Link>
            </>
          )}
          {links.mapRun.problem && <span className="block text-xs">The parent execution could not be read: {links.mapRun.problem}</span>}
        </p>
      )}
      {links.startedBy && (
        <p>
          Started by execution{' '}
          <Link href={executionHref(links.startedBy)} className={`${LINK} break-all`} data-testid="started-by-link">
            {executionName(links.startedBy)}
          </Link>
        </p>
      )}
    </nav>
  );
}

import { ParentExecutionLinks } from '@/components/map-runs/parent-execution-links';
import { isDataSourceError } from '@/lib/aws';
import type { ParentLinks } from '@/lib/map-runs/types';
import { readParentLinks } from '@/lib/services';
import { readExecution } from './read-execution-view';

/**
 * A child execution's way back to what started it: its Map Run and parent (DescribeMapRun), or the
 * execution its input names. Nothing for an execution nothing started; a failed read shows nothing
 * either, since the summary section reports the data source's problems.
 */
export async function ParentLinksSection({ executionArn }: { executionArn: string }) {
  let links: ParentLinks;
  try {
    links = await readParentLinks(await readExecution(executionArn));
  } catch (error) {
    if (!isDataSourceError(error)) throw error;
    return null;
  }
  return <ParentExecutionLinks links={links} />;
}

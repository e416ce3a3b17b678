import type { ChildLinkTarget } from '@/lib/map-runs/to-child-link-targets';
import { executionHref } from '../routes';
import { mapRunHref } from '../routes';

/** A link a graph node or the failure banner shows to executions this one started. */
export interface ChildLink {
  href: string;
  /** Short visible text. */
  text: string;
  /** The whole name, for screen readers and the tooltip. */
  label: string;
}

/** Where a target leads and what the link says, for a state named `state`. */
export function toChildLink(target: ChildLinkTarget, state: string): ChildLink {
  if (target.kind === 'execution') {
    return { href: executionHref(target.arn), text: 'Child execution', label: `Open the execution ${state} started` };
  }
  return target.failedOnly
    ? {
        href: mapRunHref(target.arn, { status: 'FAILED' }),
        text: 'Map Run: failed children',
        label: `Open the failed child executions of ${state}’s Map Run`,
      }
    : { href: mapRunHref(target.arn), text: 'Map Run', label: `Open the Map Run of ${state}` };
}

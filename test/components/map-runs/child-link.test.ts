import { describe, expect, it } from 'vitest';
import { toChildLink } from '@/components/map-runs/child-link';

const RUN = 'arn:aws:states:us-east-1:123456789012:mapRun:audit/Audit:run-1';
const CHILD = 'arn:aws:states:us-east-1:123456789012:execution:printer:a';

describe('toChildLink', () => {
  it('leads a failed Map Run to its failed children, naming the state', () => {
    expect(toChildLink({ kind: 'map-run', arn: RUN, failedOnly: true }, 'Audit')).toEqual({
      href: `/map-runs/${encodeURIComponent(RUN)}?status=FAILED`,
      text: 'Map Run: failed children',
      label: 'Open the failed child executions of Audit’s Map Run',
    });
  });

  it('leads another Map Run to its page and a started execution to its own page', () => {
    expect(toChildLink({ kind: 'map-run', arn: RUN, failedOnly: false }, 'Audit').href).toBe(`/map-runs/${encodeURIComponent(RUN)}`);
    expect(toChildLink({ kind: 'execution', arn: CHILD }, 'Print')).toEqual({
      href: `/executions/${encodeURIComponent(CHILD)}`,
      text: 'Child execution',
      label: 'Open the execution Print started',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { summarizeSources } from '@/components/metrics/summarize-sources';
import type { CountSource } from '@/lib/metrics/types';

const METRICS: CountSource = { kind: 'metrics', bestEffort: true, statistic: 'Sum', periodSeconds: 60 };
const SCAN: CountSource = { kind: 'scan', capped: true, limit: 1000, executionsRead: 1000 };

describe('summarizeSources', () => {
  it('counts rows per source, most-used first, each fallback reason once', () => {
    const uses = summarizeSources([
      { source: SCAN, fallbacks: [{ skipped: 'metrics', reason: 'No CloudWatch permission.' }] },
      { source: METRICS, fallbacks: [] },
      { source: METRICS, fallbacks: [{ skipped: 'index', reason: 'Index off.' }] },
      { source: METRICS, fallbacks: [{ skipped: 'index', reason: 'Index off.' }] },
    ]);
    expect(uses.map((use) => [use.kind, use.rows, use.reasons])).toEqual([
      ['metrics', 3, ['Index off.']],
      ['scan', 1, ['No CloudWatch permission.']],
    ]);
    expect(uses[0]?.label).toBe('CloudWatch metrics (best-effort)');
  });
});

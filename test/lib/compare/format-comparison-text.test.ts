import { describe, expect, it } from 'vitest';
import { compareExecutions } from '@/lib/compare/compare-executions';
import { formatComparisonText } from '@/lib/compare/format-comparison-text';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';

describe('formatComparisonText', () => {
  it('prints both executions, the first divergence and input difference, then the per-state table', () => {
    const view = loadFixtureView('order-payment-caught');
    const text = formatComparisonText(compareExecutions(view, view), { a: 'x.json', b: 'x.json' });
    expect(text).toContain('A: x.json\n   SUCCEEDED, started 2026-03-10T09:00:00.000Z');
    expect(text).toContain('First divergence: none (both ran the same states with the same outcomes)');
    expect(text).toContain('First input difference: none');
    expect(text).toMatch(/STATE\s+SCOPE\s+A\s+A TIME\s+A RETRIES\s+B\s+B TIME\s+B RETRIES\s+INPUT/);
    expect(text).toMatch(/ChargePayment\s+caught\s+9\.66 s\s+2\s+caught\s+9\.66 s\s+2/);
  });
});

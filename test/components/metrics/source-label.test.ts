import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourceLabel } from '@/components/metrics/source-label';

describe('SourceLabel', () => {
  it('shows the short label, and tells screen readers and the tooltip the whole sentence and the fallback reason', () => {
    const html = renderToStaticMarkup(
      createElement(SourceLabel, {
        source: { kind: 'scan', capped: true, limit: 1000, executionsRead: 1000 },
        fallbacks: [{ skipped: 'metrics', reason: 'CloudWatch refused GetMetricData.' }],
      }),
    );
    expect(html).toContain('data-source="scan"');
    expect(html).toContain('data-fallback="true"');
    expect(html).toContain('<span aria-hidden="true">sample · newest 1,000 *</span>');
    expect(html).toMatch(
      /<span class="sr-only">Source: A sample: only the newest 1,000 executions.* Why: CloudWatch refused GetMetricData\.<\/span>/,
    );
    expect(html).toMatch(/title="A sample: .*Why: CloudWatch refused GetMetricData\."/);
  });
});

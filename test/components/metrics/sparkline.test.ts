import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeSparkline, Sparkline } from '@/components/metrics/sparkline';

describe('Sparkline', () => {
  it('draws one bar per non-empty period, the failed part in red, scaled to the busiest', () => {
    const html = renderToStaticMarkup(createElement(Sparkline, { totals: [4, 0, 8], failures: [2, 0, 0], label: 'trend' }));
    expect(html).toContain('role="img" aria-label="trend"');
    // Two periods with executions; the busiest (8) fills the height, the first is half of it.
    expect(html.match(/<rect x="0" y="12" width="31" height="12" fill="currentColor"/g)).toHaveLength(1);
    expect(html).toMatch(/<rect x="64" y="0" width="31" height="24" fill="currentColor"/);
    expect(html.match(/fill-red-600/g)).toHaveLength(1);
  });

  it('says what it shows in words', () => {
    expect(describeSparkline([4, 0, 1200], [2, 0, 1])).toBe(
      'Trend over 3 periods: 1,204 executions, 3 failed or timed out, busiest period 1,200',
    );
  });
});

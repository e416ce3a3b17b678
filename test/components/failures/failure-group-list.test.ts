import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FailureGroupList } from '@/components/failures/failure-group-list';
import type { FailureGroup } from '@/lib/execution-index/types';

const MACHINE = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow';
const window = { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2026-12-08T00:00:00Z') };
const group = (state: string, count: number): FailureGroup => ({
  stateMachineArn: MACHINE,
  state,
  error: 'CardDeclined',
  cause: 'Card declined for order <id>',
  count,
  firstSeen: new Date('2026-12-02T00:00:00Z'),
  lastSeen: new Date('2026-12-03T00:00:00Z'),
  trend: [{ start: window.from, count }],
  shareOfMachine: 0.125,
  sampleExecutionArns: [`arn:aws:states:us-east-1:123456789012:execution:order-workflow:${state}-2`],
});

describe('FailureGroupList', () => {
  it('shows groups largest first with count, share, cause, dates, samples and a search link', () => {
    const html = renderToStaticMarkup(
      createElement(FailureGroupList, { groups: [group('Small', 1), group('VerifyPayment', 2)], window, indexEmpty: false }),
    );
    expect(html.indexOf('VerifyPayment')).toBeLessThan(html.indexOf('Small'));
    expect(html).toContain('order-workflow');
    expect(html).toMatch(/data-testid="failure-count">2<\/span> failures · 13% of order-workflow&#x27;s executions/);
    expect(html).toContain('Card declined for order &lt;id&gt;');
    expect(html).toContain('First seen 2026-12-02 00:00:00 UTC · last seen 2026-12-03 00:00:00 UTC');
    expect(html).toContain(
      `href="/executions/${encodeURIComponent('arn:aws:states:us-east-1:123456789012:execution:order-workflow:VerifyPayment-2')}"`,
    );
    expect(html).toContain(
      `href="/search?machine=${encodeURIComponent(MACHINE)}&amp;status=FAILED%2CTIMED_OUT%2CABORTED&amp;error=CardDeclined&amp;state=VerifyPayment&amp;from=2026-12-01T00%3A00Z"`,
    );
    expect(html).toContain('data-testid="failure-trend"');
  });

  it('tells an empty index from a window where nothing failed', () => {
    expect(renderToStaticMarkup(createElement(FailureGroupList, { groups: [], window, indexEmpty: true }))).toContain('statescope sync');
    expect(renderToStaticMarkup(createElement(FailureGroupList, { groups: [], window, indexEmpty: false }))).toContain(
      'Nothing failed in this window',
    );
  });
});

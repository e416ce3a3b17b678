import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DrillDownPicker } from '@/components/execution-detail/drill-down-picker';
import type { AttemptView, VisitView } from '@/lib/view-model/types';
import { groupView, visitView } from '../../support/view-model/visit-view';

/** A Map run as a whole `number`th time over 150 items, `failed` of which failed. */
function mapRun(number: number, failed: number): AttemptView {
  return {
    number,
    status: failed > 0 ? 'failed' : 'succeeded',
    startMs: null,
    endMs: null,
    durationMs: null,
    backoffMs: null,
    groups: { total: 150, failed, caught: 0, kind: 'MapIteration' },
  };
}

const render = (owner: VisitView) =>
  renderToStaticMarkup(createElement(DrillDownPicker, { owner, currentGroupKey: null, onPick: () => {} }));

describe('DrillDownPicker', () => {
  const iterations = (run: number) =>
    Array.from({ length: 150 }, (_, i) => groupView(2, i, [], { run, status: run === 1 && i < 3 ? 'failed' : 'succeeded' }));
  const whole = visitView(2, 'Fan', {
    type: 'Map',
    status: 'succeeded',
    attempts: [mapRun(1, 3), mapRun(2, 0)],
    groups: [...iterations(1), ...iterations(2)],
  });

  it('lists a whole Map’s iterations of its last attempt, with the index form and the attempt picker', () => {
    const html = render(whole);
    expect(html).toContain('Fan: 150 iterations in attempt 2 of 2</span>');
    expect(html.match(/<option value="2:2:\d+"/g)).toHaveLength(100);
    // Only Next failed and Next caught: attempt 2 has neither.
    expect(html.match(/disabled=""/g)).toHaveLength(2);
  });

  it('on a partial view, counts the left-out iterations from the attempts and disables what needs their list', () => {
    const html = render({ ...whole, groups: [], withheldGroups: { groups: 300, visits: 300 } });
    expect(html).toContain('Fan: 150 iterations in attempt 2 of 2<span class="font-normal"> · list not loaded yet</span>');
    expect(html).toContain('(first 100, failed first)');
    expect(html).not.toMatch(/<option value="2:/);
    // The attempt picker, Next failed, Next caught, the index and its button.
    expect(html.match(/disabled=""/g)).toHaveLength(5);
  });
});

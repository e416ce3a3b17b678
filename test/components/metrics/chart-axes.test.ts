import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChartAxes, PlotBaseline } from '@/components/metrics/chart-axes';

const HOUR = 3_600_000;
const starts = Array.from({ length: 12 }, (_, index) => new Date(Date.parse('2026-12-04T20:00Z') + index * HOUR));

describe('ChartAxes', () => {
  // A .ts test builds the element without JSX; the props type requires its children among them.
  const props: Parameters<typeof ChartAxes>[0] = {
    id: 'runs',
    top: '1,000',
    valueAxisWidth: 'w-10',
    starts,
    bucketMs: HOUR,
    children: createElement('svg', { id: 'plot' }),
  };
  const html = renderToStaticMarkup(createElement(ChartAxes, props));

  it('puts the top value and 0 on the value axis and the plot between the axes', () => {
    expect(html).toMatch(/^<div class="flex gap-2" data-chart="runs">/);
    expect(html).toContain('<span>1,000</span><span>0</span>');
    expect(html.indexOf('<svg id="plot">')).toBeGreaterThan(html.indexOf('<span>0</span>'));
  });

  it('labels every other hour of twelve, a new day by its date, each at its bucket’s share of the width', () => {
    const ticks = [...html.matchAll(/left:(\d+(?:\.\d+)?)%">([^<]+)</g)].map((match) => [Number(match[1]), match[2]]);
    expect(ticks).toEqual([
      [0, '20:00'],
      [(2 / 12) * 100, '22:00'],
      [(4 / 12) * 100, '5 Dec'],
      [50, '02:00'],
      [(8 / 12) * 100, '04:00'],
      [(10 / 12) * 100, '06:00'],
    ]);
  });

  it('hides the axis text from screen readers, which hear each chart’s own labels', () => {
    expect(html.match(/aria-hidden="true"/g)).toHaveLength(2);
  });

  it('draws the zero line along the bottom of the plot', () => {
    expect(renderToStaticMarkup(createElement('svg', null, createElement(PlotBaseline)))).toContain(
      '<line x1="0" y1="160" x2="720" y2="160"',
    );
  });
});

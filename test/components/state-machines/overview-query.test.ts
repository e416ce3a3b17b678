import { describe, expect, it } from 'vitest';
import { overviewFormFields, overviewHref } from '@/components/state-machines/overview-query';

describe('overviewHref', () => {
  it('is / with only the parameters set, in a fixed order, page 1 left out', () => {
    expect(overviewHref()).toBe('/');
    expect(overviewHref({ page: 1 })).toBe('/');
    expect(overviewHref({ page: 3, sort: 'failures', dir: 'desc', q: 'order flow', window: '7d' })).toBe(
      '/?window=7d&q=order+flow&sort=failures&dir=desc&page=3',
    );
    expect(overviewHref({ window: 'custom', from: '2026-12-01T08:00', to: '2026-12-02T08:00' })).toBe(
      '/?window=custom&from=2026-12-01T08%3A00&to=2026-12-02T08%3A00',
    );
  });

  it('turns the query into form fields, strings or nothing', () => {
    expect(overviewFormFields({ q: 'x', page: 2 })).toEqual({
      window: undefined,
      from: undefined,
      to: undefined,
      q: 'x',
      sort: undefined,
      dir: undefined,
      page: '2',
    });
  });
});

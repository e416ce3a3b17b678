import { describe, expect, it } from 'vitest';
import { alignVisits } from '@/lib/compare/align-visits';
import { flattenVisits } from '@/lib/compare/flatten-visits';
import { visitView } from '../../support/view-model/visit-view';

const placed = (...names: string[]) => flattenVisits(names.map((name, i) => visitView(2 + i * 3, name)));

describe('alignVisits', () => {
  it("pairs by key in A's order and puts B's own visits just before B's next shared one", () => {
    const pairs = alignVisits(placed('Start', 'Charge', 'Fail'), placed('Start', 'Reserve', 'Charge', 'Ship'));
    expect(pairs.map((p) => [p.a?.visit.name ?? '-', p.b?.visit.name ?? '-'])).toEqual([
      ['Start', 'Start'],
      ['-', 'Reserve'],
      ['Charge', 'Charge'],
      ['Fail', '-'],
      ['-', 'Ship'],
    ]);
  });
});

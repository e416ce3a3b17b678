import { describe, expect, it } from 'vitest';
import { withoutPayloads } from '@/lib/compare/without-payloads';
import { groupView, visitView } from '../../support/view-model/visit-view';

describe('withoutPayloads', () => {
  it('drops inputs, outputs and parameters at every depth and keeps the rest', () => {
    const visits = [
      visitView(2, 'Items', {
        input: '{}',
        output: '[]',
        groups: [groupView(2, 0, [visitView(4, 'Work', { input: '{"big":1}', parameters: '{}' })])],
      }),
    ];
    const lean = withoutPayloads(visits);
    expect(lean[0]).not.toHaveProperty('input');
    expect(lean[0]).not.toHaveProperty('output');
    expect(lean[0]?.groups[0]?.visits[0]).not.toHaveProperty('input');
    expect(lean[0]?.groups[0]?.visits[0]).not.toHaveProperty('parameters');
    expect(lean[0]?.groups[0]?.visits[0]?.name).toBe('Work');
    expect(visits[0]?.input).toBe('{}');
  });
});

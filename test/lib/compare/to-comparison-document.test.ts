import { describe, expect, it } from 'vitest';
import { compareExecutions } from '@/lib/compare/compare-executions';
import { toComparisonDocument } from '@/lib/compare/to-comparison-document';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';

const comparison = () => compareExecutions(loadFixtureView('order-payment-caught'), loadFixtureView('order-fulfilment-succeeded'));

describe('toComparisonDocument', () => {
  it('holds both executions, the divergences and every state with its payloads as text', () => {
    const doc = toComparisonDocument(comparison(), { a: 'caught.json', b: 'ok.json' });
    expect(doc.a).toMatchObject({ source: 'caught.json', status: 'SUCCEEDED', startDate: '2026-03-10T09:00:00.000Z' });
    expect(doc.firstDivergence).not.toBeNull();
    const withInput = doc.states.find((s) => s.a?.input !== undefined);
    expect(typeof withInput?.a?.input).toBe('string');
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});

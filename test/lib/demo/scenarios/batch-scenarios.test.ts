import { describe, expect, it } from 'vitest';
import { buildBatchScenarios } from '@/lib/demo/scenarios/batch-scenarios';
import { runScenario } from '../../../support/demo/run-scenario';

type Batch = { batchId: string; shipments: Array<{ recipient: { postcode: string } }> };
const [typical, large] = buildBatchScenarios();

describe('buildBatchScenarios', () => {
  it('gives a typical batch of 120 and a large one of 300, in that order, both on the shipping-label machine', () => {
    expect([typical.scenario, large.scenario]).toEqual(['shipping-labels-120', 'shipping-labels-300']);
    expect((typical.input as Batch).shipments).toHaveLength(120);
    expect((large.input as Batch).shipments).toHaveLength(300);
    expect(new Set([typical.stateMachine, large.stateMachine])).toEqual(new Set(['shipping-label-batch']));
    expect((typical.input as Batch).batchId).not.toBe((large.input as Batch).batchId);
  });

  it('has as many bad addresses in the typical batch as its summary says (5)', () => {
    expect(typical.summary).toContain('5 bad addresses');
    expect((typical.input as Batch).shipments.filter((shipment) => shipment.recipient.postcode === 'UNKNOWN')).toHaveLength(5);
  });

  it('succeeds for the typical batch in the workflow, the bad addresses caught per item', async () => {
    const { outcome, types } = await runScenario(typical);
    expect(outcome.status).toBe(typical.expectedStatus);
    expect(types.filter((type) => type === 'MapIterationSucceeded')).toHaveLength(120);
    expect(types.filter((type) => type === 'LambdaFunctionFailed')).toHaveLength(5);
  });
});

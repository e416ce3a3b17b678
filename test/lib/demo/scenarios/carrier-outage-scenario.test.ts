import { describe, expect, it } from 'vitest';
import { buildCarrierOutageScenario } from '@/lib/demo/scenarios/carrier-outage-scenario';
import { runScenario } from '../../../support/demo/run-scenario';

type Batch = { shipments: Array<{ recipient: { postcode: string; country: string } }> };
const scenario = buildCarrierOutageScenario();

describe('buildCarrierOutageScenario', () => {
  it('gives 6 shipments on the shipping-label machine: one bad address, one to a country whose carrier is down', () => {
    const shipments = (scenario.input as Batch).shipments;
    expect(scenario.stateMachine).toBe('shipping-label-batch');
    expect(shipments).toHaveLength(6);
    expect(shipments.map((s) => (s.recipient.postcode === 'UNKNOWN' ? 'bad' : s.recipient.country === 'IS' ? 'down' : 'ok'))).toEqual([
      'ok',
      'bad',
      'ok',
      'ok',
      'down',
      'ok',
    ]);
  });

  it('fails after the Map ran three times, catching the bad address and failing the carrier-down item each time', async () => {
    const { outcome, types } = await runScenario(scenario);
    expect(outcome.status).toBe('FAILED');
    expect(outcome.error).toBe(scenario.expectedError);
    const count = (type: string) => types.filter((t) => t === type).length;
    expect(count('MapStateEntered')).toBe(1);
    expect(count('MapStateStarted')).toBe(3);
    expect(count('MapIterationFailed')).toBe(3);
    expect(count('MapIterationSucceeded')).toBe(15);
    expect(count('PassStateEntered')).toBe(3);
  });
});

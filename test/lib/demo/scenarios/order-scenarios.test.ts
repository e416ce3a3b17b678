import { beforeEach, describe, expect, it } from 'vitest';
import { buildOrderScenarios } from '@/lib/demo/scenarios/order-scenarios';
import { resetTransientFailureCounts } from '@/lib/seeds/handlers/UpdateInventoryFunction';
import { runScenario } from '../../../support/demo/run-scenario';

const scenarios = buildOrderScenarios();
type Order = {
  orderId: string;
  items: Array<{ quantity: number; unitPrice: number }>;
  payment: { amount: number; cardLast4: string };
  customer: { email?: string };
};
const orderOf = (name: string) => scenarios.find((scenario) => scenario.scenario === name)?.input as Order;
const totalCents = (order: Order) => order.items.reduce((sum, item) => sum + Math.round(item.unitPrice * 100) * item.quantity, 0);

beforeEach(() => resetTransientFailureCounts());

describe('buildOrderScenarios', () => {
  it.each(scenarios.map((scenario) => [scenario.scenario, scenario] as const))(
    '%s ends as it claims in the order workflow',
    async (_name, scenario) => {
      const { outcome, failState } = await runScenario(scenario);
      expect(outcome.status).toBe(scenario.expectedStatus);
      expect(outcome.error).toBe(scenario.expectedError);
      expect(failState).toBe(scenario.failState);
    },
  );

  it('charges exactly the order total, except in the amount-mismatch order', () => {
    for (const scenario of scenarios) {
      const order = scenario.input as Order;
      const matches = Math.round(order.payment.amount * 100) === totalCents(order);
      expect(matches, scenario.scenario).toBe(scenario.scenario !== 'order-payment-amount-mismatch');
    }
    expect(orderOf('order-fulfilled').payment.amount).toBe(41.9);
  });

  it('retries the inventory twice and succeeds in the recovered order, and runs out of retries in the exhausted one', async () => {
    const recovered = await runScenario(scenarios.find((scenario) => scenario.scenario === 'order-inventory-retry-recovered')!);
    expect(recovered.types.filter((type) => type === 'LambdaFunctionFailed')).toHaveLength(2);
    resetTransientFailureCounts();
    const exhausted = await runScenario(scenarios.find((scenario) => scenario.scenario === 'order-inventory-retries-exhausted')!);
    // The first attempt and its three retries.
    expect(exhausted.types.filter((type) => type === 'LambdaFunctionFailed')).toHaveLength(4);
  });

  it('notifies the customer without an e-mail address by SMS', async () => {
    expect(orderOf('order-fulfilled-sms').customer.email).toBeUndefined();
    const { outcome } = await runScenario(scenarios.find((scenario) => scenario.scenario === 'order-fulfilled-sms')!);
    expect((JSON.parse(outcome.output ?? '{}') as { notification: { channel: string } }).notification.channel).toBe('SMS');
  });

  it('gives every order its own id, so the retry counts of one never touch another', () => {
    const ids = scenarios.map((scenario) => (scenario.input as Order).orderId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

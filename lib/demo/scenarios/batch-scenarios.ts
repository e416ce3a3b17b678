import type { DemoScenario } from './demo-scenario';
import { buildShipmentBatch } from './shipment-batch';

/** Map runs: a typical batch, and one large enough that its history needs several pages (in that order). */
export function buildBatchScenarios(): [typical: DemoScenario, large: DemoScenario] {
  const stateMachine = 'shipping-label-batch';
  return [
    {
      scenario: 'shipping-labels-120',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'a Map over 120 shipments; 5 bad addresses are caught and flagged for review',
      input: buildShipmentBatch('B1207', 120),
    },
    {
      scenario: 'shipping-labels-300',
      stateMachine,
      expectedStatus: 'SUCCEEDED',
      summary: 'a Map over 300 shipments: over 2,000 history events, several GetExecutionHistory pages',
      input: buildShipmentBatch('B1208', 300),
    },
  ];
}

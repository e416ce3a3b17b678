import type { DemoScenario } from './demo-scenario';
import { buildShipmentBatch } from './shipment-batch';

interface Shipment {
  recipient: { postcode: string; country: string };
}

/**
 * A small batch whose carrier for Iceland is down: that iteration fails, so the Map is retried as a
 * whole (twice) and then fails the execution; in every attempt one bad address is caught inside its
 * iteration. The triage case for the Map picker: attempts, a failed and a caught iteration.
 */
export function buildCarrierOutageScenario(): DemoScenario {
  const batch = buildShipmentBatch('B1209', 6) as { shipments: Shipment[] };
  const [, badAddress, , , carrierDown] = batch.shipments;
  if (!badAddress || !carrierDown) throw new Error('Carrier outage scenario: the batch is too small');
  badAddress.recipient.postcode = 'UNKNOWN';
  carrierDown.recipient = { ...carrierDown.recipient, country: 'IS', postcode: '101' };
  return {
    scenario: 'shipping-labels-carrier-down',
    stateMachine: 'shipping-label-batch',
    expectedStatus: 'FAILED',
    expectedError: 'CarrierUnavailableError',
    summary: "a Map over 6 shipments retried twice as a whole because Iceland's carrier is down; a bad address is caught in each attempt",
    input: batch,
  };
}

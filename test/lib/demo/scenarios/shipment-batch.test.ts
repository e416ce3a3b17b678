import { describe, expect, it } from 'vitest';
import { buildShipmentBatch } from '@/lib/demo/scenarios/shipment-batch';
import { handler as createShippingLabel } from '@/lib/seeds/handlers/createShippingLabel';

type Shipment = { shipmentId: string; orderId: string; recipient: { name: string; postcode: string; country: string }; weightKg: number };
const shipmentsOf = (batch: Record<string, unknown>) => batch.shipments as Shipment[];

describe('buildShipmentBatch', () => {
  it('builds `count` shipments of the batch at warehouse PDX-1, numbered from 0001', () => {
    const batch = buildShipmentBatch('B9', 3);
    expect(batch).toMatchObject({ batchId: 'B9', warehouse: 'PDX-1' });
    expect(shipmentsOf(batch).map((shipment) => [shipment.shipmentId, shipment.orderId])).toEqual([
      ['B9-0001', 'ORD-30000'],
      ['B9-0002', 'ORD-30007'],
      ['B9-0003', 'ORD-30014'],
    ]);
  });

  it('is deterministic', () => {
    expect(buildShipmentBatch('B1', 50)).toEqual(buildShipmentBatch('B1', 50));
  });

  it('gives an empty batch for a count of 0', () => {
    expect(shipmentsOf(buildShipmentBatch('B0', 0))).toEqual([]);
  });

  it('gives every 23rd shipment a postcode the label handler refuses, and every other one a label', async () => {
    const shipments = shipmentsOf(buildShipmentBatch('B1', 120));
    const refused: number[] = [];
    for (const [index, shipment] of shipments.entries()) {
      try {
        expect(await createShippingLabel(shipment)).toMatchObject({ shipmentId: shipment.shipmentId, status: 'LABEL_CREATED' });
      } catch (error) {
        expect((error as Error).name).toBe('AddressValidationError');
        refused.push(index + 1);
      }
    }
    expect(refused).toEqual([23, 46, 69, 92, 115]);
    expect(shipments[22]?.recipient.postcode).toBe('UNKNOWN');
  });

  it('mixes all six destination countries and keeps weights between 0.3 and 25.2 kg', () => {
    const shipments = shipmentsOf(buildShipmentBatch('B1', 300));
    expect(new Set(shipments.map((shipment) => shipment.recipient.country))).toEqual(new Set(['US', 'GB', 'DE', 'FR', 'CA', 'NL']));
    for (const { weightKg } of shipments) {
      expect(weightKg).toBeGreaterThanOrEqual(0.3);
      expect(weightKg).toBeLessThanOrEqual(25.2);
      expect(Math.round(weightKg * 10) / 10).toBe(weightKg);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { handler } from '@/lib/seeds/handlers/createShippingLabel';

describe('createShippingLabel', () => {
  it('creates a label with a service chosen by weight and a stable tracking number', async () => {
    const shipment = { shipmentId: 'B1-0001', recipient: { name: 'Ana Almeida', postcode: 'SW1A 1AA', country: 'GB' }, weightKg: 3.2 };
    const label = await handler(shipment);
    expect(label).toMatchObject({ shipmentId: 'B1-0001', status: 'LABEL_CREATED', service: 'GROUND' });
    expect(label.trackingNumber).toMatch(/^1Z[0-9A-F]{16}$/);
    expect((await handler(shipment)).trackingNumber).toBe(label.trackingNumber);
  });

  it('throws AddressValidationError when the postcode does not fit the country', async () => {
    await expect(handler({ shipmentId: 'B1-0023', recipient: { postcode: 'UNKNOWN', country: 'US' } })).rejects.toThrow(
      expect.objectContaining({
        name: 'AddressValidationError',
        message: "Shipment B1-0023: postcode 'UNKNOWN' is not valid for country 'US'",
      }),
    );
  });

  it('throws CarrierUnavailableError, after a wait, for a country whose carrier is down', async () => {
    await expect(handler({ shipmentId: 'B1-0004', recipient: { postcode: '101', country: 'IS' } })).rejects.toThrow(
      expect.objectContaining({ name: 'CarrierUnavailableError', message: "Shipment B1-0004: the carrier for 'IS' did not answer" }),
    );
  });
});

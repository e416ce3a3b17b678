import { describe, expect, it } from 'vitest';
import { handler } from '@/lib/seeds/handlers/createShippingLabel';

describe('createShippingLabel', () => {
  it('creates a label with a service chosen by weight and a stable tracking number', () => {
    const shipment = { shipmentId: 'B1-0001', recipient: { name: 'Ana Almeida', postcode: 'SW1A 1AA', country: 'GB' }, weightKg: 3.2 };
    const label = handler(shipment);
    expect(label).toMatchObject({ shipmentId: 'B1-0001', status: 'LABEL_CREATED', service: 'GROUND' });
    expect(label.trackingNumber).toMatch(/^1Z[0-9A-F]{16}$/);
    expect(handler(shipment).trackingNumber).toBe(label.trackingNumber);
  });

  it('throws AddressValidationError when the postcode does not fit the country', () => {
    expect(() => handler({ shipmentId: 'B1-0023', recipient: { postcode: 'UNKNOWN', country: 'US' } })).toThrow(
      expect.objectContaining({
        name: 'AddressValidationError',
        message: "Shipment B1-0023: postcode 'UNKNOWN' is not valid for country 'US'",
      }),
    );
  });
});

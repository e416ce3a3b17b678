import { describe, expect, it } from 'vitest';
import { handler } from '@/lib/seeds/handlers/VerifyPaymentFunction';

function order(cardLast4: string, amount = 41.9) {
  return {
    orderId: 'ORD-1',
    items: [
      { sku: 'MUG-CERAMIC-350', quantity: 2, unitPrice: 14.5 },
      { sku: 'TEA-SENCHA-100G', quantity: 1, unitPrice: 12.9 },
    ],
    payment: { method: 'card', cardLast4, amount, currency: 'USD' },
  };
}

describe('VerifyPaymentFunction', () => {
  it('authorises a payment that covers the order, with a stable transaction id', () => {
    const result = handler(order('4242'));
    expect(result.payment).toMatchObject({ status: 'AUTHORIZED', amount: 41.9 });
    expect(result.payment?.transactionId).toMatch(/^txn_[0-9a-f]{16}$/);
    expect(handler(order('4242')).payment?.transactionId).toBe(result.payment?.transactionId);
  });

  it('throws PaymentVerificationFailed for a declined test card', () => {
    expect(() => handler(order('0002'))).toThrow(
      expect.objectContaining({
        name: 'PaymentVerificationFailed',
        message: 'Payment for order ORD-1 was declined: card declined by issuer',
      }),
    );
  });

  it('throws PaymentVerificationFailed when the amount does not match the total', () => {
    expect(() => handler(order('4242', 29.99))).toThrow(
      expect.objectContaining({
        name: 'PaymentVerificationFailed',
        message: 'Payment of 29.99 does not match the order total 41.90 for order ORD-1',
      }),
    );
  });
});

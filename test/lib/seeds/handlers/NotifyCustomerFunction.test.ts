import { describe, expect, it } from 'vitest';
import { handler } from '@/lib/seeds/handlers/NotifyCustomerFunction';

const items = [{ sku: 'MUG-CERAMIC-350', quantity: 1, unitPrice: 14.5 }];

describe('NotifyCustomerFunction', () => {
  it('e-mails the confirmation, greeting the customer by first name', () => {
    const result = handler({ orderId: 'ORD-7', items, customer: { name: 'Hannah Becker', email: 'hannah.becker@example.com' } });
    expect(result.notification).toMatchObject({
      channel: 'EMAIL',
      recipient: 'hannah.becker@example.com',
      subject: 'Order ORD-7 confirmed',
      message: 'Hi Hannah, your order ORD-7 is confirmed and will ship soon.',
    });
  });

  it('falls back to SMS without an e-mail address, and fails without any contact', () => {
    expect(handler({ orderId: 'ORD-8', items, customer: { phone: '555-0199' } }).notification).toMatchObject({
      channel: 'SMS',
      recipient: '555-0199',
    });
    expect(() => handler({ orderId: 'ORD-9', items, customer: {} })).toThrow(TypeError);
  });
});

import { describe, expect, it } from 'vitest';
import { handler } from '@/lib/seeds/handlers/sendPaymentReminder';

describe('sendPaymentReminder', () => {
  it('e-mails a reminder for the amount due', () => {
    expect(handler({ invoiceId: 'INV-1', customer: { email: 'giulia.romano@example.com' }, amountDue: 420, currency: 'EUR' })).toEqual({
      invoiceId: 'INV-1',
      reminder: {
        channel: 'EMAIL',
        recipient: 'giulia.romano@example.com',
        subject: 'Reminder: invoice INV-1 is due',
        amountDue: 420,
        currency: 'EUR',
      },
    });
  });

  it('throws MissingContactError without an e-mail address', () => {
    expect(() => handler({ invoiceId: 'INV-2', customer: {} })).toThrow(expect.objectContaining({ name: 'MissingContactError' }));
  });
});

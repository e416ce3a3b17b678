import { describe, expect, it } from 'vitest';
import { handler as checkPayment } from '@/lib/seeds/handlers/checkPayment';

describe('checkPayment: the payment status, upper-cased, for validateDetails', () => {
  it.each([
    ['PAID', 'PAID'],
    ['paid', 'PAID'],
    [' Waived ', 'WAIVED'],
    ['pending', 'PENDING'],
  ])('passes on %j as %j (whether it cleared is for validateDetails to say)', (paymentStatus, tidied) => {
    expect(checkPayment({ name: 'ignored', email: 'ignored@example.com', paymentStatus })).toEqual({ paymentStatus: tidied });
  });

  it.each([
    ['no status', {}],
    ['an empty status', { paymentStatus: '' }],
    ['a blank status', { paymentStatus: ' \t ' }],
    ['a status that is not text', { paymentStatus: true }],
    ['no request', null],
  ])('throws InvalidPaymentError for %s', (_label, event) => {
    expect(() => checkPayment(event)).toThrow(
      expect.objectContaining({ name: 'InvalidPaymentError', message: 'The enrollment request has no payment status' }),
    );
  });
});

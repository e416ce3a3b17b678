import { createHash } from 'node:crypto';
import { orderTotalCents, toOrder } from '../support/order-types';
import type { Order } from '../support/order-types';

// The Day 16 article gives the ASL but no Lambda code; the three order handlers are our completion.

/** The error the workflow's Catch routes to NotifyCustomerFailedPayment. */
export class PaymentVerificationFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaymentVerificationFailed';
  }
}

// The seed's Lambda "interacts with a payment gateway"; we stand in with the gateways' well-known
// test cards: these endings are declined, every other card is authorised.
export const DECLINED_CARD_ENDINGS: Readonly<Record<string, string>> = {
  '0002': 'card declined by issuer',
  '9995': 'insufficient funds',
  '0069': 'card expired',
};

/** E-commerce seed, VerifyPayment: checks the payment covers the order and the card is accepted. */
export function handler(event: unknown): Order {
  const order = toOrder(event);
  const payment = order.payment;
  // What a real payment Lambda would log, so the demo's Lambda log group has lines worth reading.
  console.log(`Verifying payment for order ${order.orderId}`);
  if (!payment || typeof payment.amount !== 'number') {
    throw new PaymentVerificationFailed(`Order ${order.orderId} has no payment amount`);
  }
  const totalCents = orderTotalCents(order);
  if (Math.round(payment.amount * 100) !== totalCents) {
    throw new PaymentVerificationFailed(
      `Payment of ${payment.amount.toFixed(2)} does not match the order total ${(totalCents / 100).toFixed(2)} for order ${order.orderId}`,
    );
  }
  const decline = payment.cardLast4 ? DECLINED_CARD_ENDINGS[payment.cardLast4] : undefined;
  if (decline) {
    console.error(`Gateway declined card ending ${payment.cardLast4 ?? ''}: ${decline}`);
    throw new PaymentVerificationFailed(`Payment for order ${order.orderId} was declined: ${decline}`);
  }
  // Derived from the order id so the same order always gets the same (fake) gateway reference.
  const transactionId = `txn_${createHash('sha256').update(order.orderId).digest('hex').slice(0, 16)}`;
  console.log(`Payment authorised: ${transactionId}`);
  return { ...order, payment: { ...payment, status: 'AUTHORIZED', transactionId } };
}

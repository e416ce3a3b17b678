import { createHash } from 'node:crypto';
import { toOrder } from '../support/order-types';
import type { Order } from '../support/order-types';

/** E-commerce seed, NotifyCustomer: "sends" the confirmation by e-mail, or by SMS when there is no address. */
export function handler(event: unknown): Order {
  const order = toOrder(event);
  const customer = order.customer ?? {};
  const channel = customer.email ? 'EMAIL' : 'SMS';
  const recipient = customer.email ?? customer.phone;
  if (!recipient) throw new TypeError(`Order ${order.orderId} has no customer e-mail address or phone number`);
  const messageId = createHash('sha256').update(`${order.orderId}:${recipient}`).digest('hex').slice(0, 24);
  const greeting = customer.name ? `Hi ${customer.name.split(' ')[0]}, ` : '';
  return {
    ...order,
    notification: {
      channel,
      recipient,
      subject: `Order ${order.orderId} confirmed`,
      message: `${greeting}your order ${order.orderId} is confirmed and will ship soon.`,
      messageId,
    },
  };
}

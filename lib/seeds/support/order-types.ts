/** The order document the e-commerce workflow passes from step to step (the seed leaves it unspecified). */
export interface OrderItem {
  sku: string;
  name?: string;
  quantity: number;
  unitPrice: number;
}

export interface Order {
  orderId: string;
  customer?: { name?: string; email?: string; phone?: string };
  items: OrderItem[];
  payment?: { method?: string; cardLast4?: string; amount?: number; currency?: string; status?: string; transactionId?: string };
  /** Demo switch: UpdateInventory fails this many first attempts for the order with a transient error. */
  simulateTransientFailures?: number;
  [key: string]: unknown;
}

/** Rejects what a Lambda would choke on, with a message naming the field, before any business rule runs. */
export function toOrder(event: unknown): Order {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) throw new TypeError('the order must be a JSON object');
  const order = event as Partial<Order>;
  if (typeof order.orderId !== 'string' || !order.orderId) throw new TypeError('orderId must be a non-empty string');
  if (!Array.isArray(order.items) || order.items.length === 0) throw new TypeError('items must be a non-empty array');
  for (const [index, item] of order.items.entries()) {
    if (typeof item?.sku !== 'string' || !Number.isInteger(item.quantity) || item.quantity <= 0 || typeof item.unitPrice !== 'number') {
      throw new TypeError(`items[${index}] needs sku, a positive integer quantity and a numeric unitPrice`);
    }
  }
  return order as Order;
}

/** Order total in cents, so 0.1 + 0.2 style float error never fails a payment check. */
export function orderTotalCents(order: Order): number {
  return order.items.reduce((sum, item) => sum + Math.round(item.unitPrice * 100) * item.quantity, 0);
}

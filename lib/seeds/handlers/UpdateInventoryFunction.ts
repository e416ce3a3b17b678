import { INVENTORY_RESTORED_FLAG, isDemoFlagSet } from '../support/demo-flag';
import { toOrder } from '../support/order-types';
import type { Order } from '../support/order-types';

/** Out of stock or unknown product: the workflow's Catch routes it to HandleInventoryError. */
export class InventoryUpdateFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InventoryUpdateFailed';
  }
}

/** A transient outage the workflow's Retry on UpdateInventory is there to ride out. */
export class InventoryServiceUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InventoryServiceUnavailable';
  }
}

/** Units in stock per SKU. Reservations do not decrement it, so every run of the demo behaves the same. */
export const STOCK_BY_SKU: Readonly<Record<string, number>> = {
  'MUG-CERAMIC-350': 240,
  'TEA-SENCHA-100G': 85,
  'KETTLE-GOOSENECK': 12,
  'BOOK-SOURDOUGH': 30,
  'LAMP-DESK-OAK': 4,
  'HEADPHONES-ANC': 0,
  'NOTEBOOK-A5-DOT': 500,
  'BACKPACK-22L': 18,
};

// Attempts seen per order id, for `simulateTransientFailures`. Lives as long as the process, like a
// warm Lambda container: enough to make "fails twice, then succeeds" reproducible for one order.
const attemptsByOrderId = new Map<string, number>();

/** Forgets the attempts counted for `simulateTransientFailures` (tests start from a clean slate). */
export function resetTransientFailureCounts(): void {
  attemptsByOrderId.clear();
}

/**
 * E-commerce seed, UpdateInventory: reserves stock for every line of a paid order. The seed says a
 * failed update should be retried or reported; a stock shortage is final, an outage is transient.
 */
export function handler(event: unknown): Order {
  const order = toOrder(event);
  const attempt = (attemptsByOrderId.get(order.orderId) ?? 0) + 1;
  attemptsByOrderId.set(order.orderId, attempt);
  // The outage can be ended while the emulator runs, so a redrive of its failed execution succeeds.
  const failuresWanted = isDemoFlagSet(INVENTORY_RESTORED_FLAG) ? 0 : Number(order.simulateTransientFailures ?? 0);
  if (attempt <= failuresWanted) {
    throw new InventoryServiceUnavailable(
      `Inventory service did not answer in time while reserving stock for order ${order.orderId} (attempt ${attempt})`,
    );
  }
  const reservations = order.items.map((item) => {
    const inStock = STOCK_BY_SKU[item.sku];
    if (inStock === undefined) throw new InventoryUpdateFailed(`Unknown SKU ${item.sku} in order ${order.orderId}`);
    if (item.quantity > inStock) {
      throw new InventoryUpdateFailed(`Insufficient stock for ${item.sku}: ordered ${item.quantity}, ${inStock} available`);
    }
    return { sku: item.sku, quantity: item.quantity, remainingStock: inStock - item.quantity };
  });
  return { ...order, inventory: { status: 'RESERVED', reservations } };
}

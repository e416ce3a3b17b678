import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { handler, resetTransientFailureCounts } from '@/lib/seeds/handlers/UpdateInventoryFunction';
import { DEMO_FLAGS_DIR_ENV, INVENTORY_RESTORED_FLAG } from '@/lib/seeds/support/demo-flag';

function order(orderId: string, sku: string, quantity: number, simulateTransientFailures?: number) {
  return { orderId, items: [{ sku, quantity, unitPrice: 10 }], ...(simulateTransientFailures ? { simulateTransientFailures } : {}) };
}

describe('UpdateInventoryFunction', () => {
  beforeEach(() => resetTransientFailureCounts());

  it('reserves every line and reports the stock left', () => {
    expect(handler(order('ORD-1', 'KETTLE-GOOSENECK', 2)).inventory).toEqual({
      status: 'RESERVED',
      reservations: [{ sku: 'KETTLE-GOOSENECK', quantity: 2, remainingStock: 10 }],
    });
  });

  it('throws InventoryUpdateFailed for a sold-out or unknown product', () => {
    expect(() => handler(order('ORD-2', 'HEADPHONES-ANC', 1))).toThrow(
      expect.objectContaining({ name: 'InventoryUpdateFailed', message: 'Insufficient stock for HEADPHONES-ANC: ordered 1, 0 available' }),
    );
    expect(() => handler(order('ORD-3', 'NO-SUCH-SKU', 1))).toThrow(expect.objectContaining({ name: 'InventoryUpdateFailed' }));
  });

  it('fails the first simulateTransientFailures attempts for an order, then succeeds', () => {
    const input = order('ORD-4', 'MUG-CERAMIC-350', 1, 2);
    expect(() => handler(input)).toThrow(expect.objectContaining({ name: 'InventoryServiceUnavailable' }));
    expect(() => handler(input)).toThrow(expect.objectContaining({ name: 'InventoryServiceUnavailable' }));
    expect(handler(input).inventory).toMatchObject({ status: 'RESERVED' });
  });

  it('counts attempts per order id, so one order does not use up another order’s failures', () => {
    expect(() => handler(order('ORD-5', 'MUG-CERAMIC-350', 1, 1))).toThrow(
      expect.objectContaining({ name: 'InventoryServiceUnavailable' }),
    );
    expect(() => handler(order('ORD-6', 'MUG-CERAMIC-350', 1, 1))).toThrow(
      expect.objectContaining({ name: 'InventoryServiceUnavailable' }),
    );
    expect(handler(order('ORD-5', 'MUG-CERAMIC-350', 1, 1)).inventory).toMatchObject({ status: 'RESERVED' });
  });

  it('ends the simulated outage once the demo flag inventory-service-restored exists, while running', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statescope-flags-'));
    const saved = process.env[DEMO_FLAGS_DIR_ENV];
    process.env[DEMO_FLAGS_DIR_ENV] = dir;
    try {
      const input = order('ORD-7', 'MUG-CERAMIC-350', 1, 10);
      expect(() => handler(input)).toThrow(expect.objectContaining({ name: 'InventoryServiceUnavailable' }));
      writeFileSync(join(dir, INVENTORY_RESTORED_FLAG), '');
      expect(handler(input).inventory).toMatchObject({ status: 'RESERVED' });
    } finally {
      if (saved === undefined) delete process.env[DEMO_FLAGS_DIR_ENV];
      else process.env[DEMO_FLAGS_DIR_ENV] = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { orderTotalCents, toOrder, type Order } from '@/lib/seeds/support/order-types';

const item = (overrides: Record<string, unknown> = {}) => ({ sku: 'A-1', quantity: 2, unitPrice: 9.99, ...overrides });

describe('toOrder: refuses what a Lambda would choke on, naming the field', () => {
  it('returns a well-formed order as it is, extra fields included', () => {
    const order = {
      orderId: 'ord-1042',
      items: [item(), item({ sku: 'B-7', quantity: 1, unitPrice: 0, name: 'Free sticker' })],
      note: 'gift',
    };
    expect(toOrder(order)).toBe(order);
  });

  it.each([
    ['null', null, 'the order must be a JSON object'],
    ['a list', [{ orderId: 'x' }], 'the order must be a JSON object'],
    ['text', 'ord-1042', 'the order must be a JSON object'],
    ['no orderId', { items: [item()] }, 'orderId must be a non-empty string'],
    ['an empty orderId', { orderId: '', items: [item()] }, 'orderId must be a non-empty string'],
    ['a numeric orderId', { orderId: 1042, items: [item()] }, 'orderId must be a non-empty string'],
    ['no items', { orderId: 'ord-1' }, 'items must be a non-empty array'],
    ['empty items', { orderId: 'ord-1', items: [] }, 'items must be a non-empty array'],
    ['items that are an object', { orderId: 'ord-1', items: { 0: item() } }, 'items must be a non-empty array'],
    [
      'an item without sku',
      { orderId: 'ord-1', items: [item(), item({ sku: undefined })] },
      'items[1] needs sku, a positive integer quantity and a numeric unitPrice',
    ],
    [
      'a quantity of 0',
      { orderId: 'ord-1', items: [item({ quantity: 0 })] },
      'items[0] needs sku, a positive integer quantity and a numeric unitPrice',
    ],
    [
      'a negative quantity',
      { orderId: 'ord-1', items: [item({ quantity: -1 })] },
      'items[0] needs sku, a positive integer quantity and a numeric unitPrice',
    ],
    [
      'a fractional quantity',
      { orderId: 'ord-1', items: [item({ quantity: 1.5 })] },
      'items[0] needs sku, a positive integer quantity and a numeric unitPrice',
    ],
    [
      'a quantity as text',
      { orderId: 'ord-1', items: [item({ quantity: '2' })] },
      'items[0] needs sku, a positive integer quantity and a numeric unitPrice',
    ],
    [
      'a price as text',
      { orderId: 'ord-1', items: [item({ unitPrice: '9.99' })] },
      'items[0] needs sku, a positive integer quantity and a numeric unitPrice',
    ],
    [
      'an item that is null',
      { orderId: 'ord-1', items: [item(), item(), null] },
      'items[2] needs sku, a positive integer quantity and a numeric unitPrice',
    ],
  ])('refuses %s', (_label, event, message) => {
    expect(() => toOrder(event)).toThrow(new TypeError(message));
  });
});

describe('orderTotalCents: the total in whole cents', () => {
  const order = (items: Order['items']): Order => ({ orderId: 'ord-1', items });

  it('adds unit price × quantity over the items', () => {
    expect(
      orderTotalCents(
        order([
          { sku: 'A', quantity: 2, unitPrice: 9.99 },
          { sku: 'B', quantity: 3, unitPrice: 0.5 },
        ]),
      ),
    ).toBe(2148);
  });

  it('has no float error: 0.1 + 0.2 is 30 cents', () => {
    expect(
      orderTotalCents(
        order([
          { sku: 'A', quantity: 1, unitPrice: 0.1 },
          { sku: 'B', quantity: 1, unitPrice: 0.2 },
        ]),
      ),
    ).toBe(30);
    expect(orderTotalCents(order([{ sku: 'A', quantity: 3, unitPrice: 1.1 }]))).toBe(330);
  });

  it('rounds each unit price to the cent before multiplying', () => {
    expect(orderTotalCents(order([{ sku: 'A', quantity: 10, unitPrice: 0.014 }]))).toBe(10);
    expect(orderTotalCents(order([{ sku: 'A', quantity: 10, unitPrice: 0.015 }]))).toBe(20);
  });

  it('is 0 for free items', () => {
    expect(orderTotalCents(order([{ sku: 'A', quantity: 5, unitPrice: 0 }]))).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { EventIndex, maxEventId } from '@/lib/history/event-index';

describe('EventIndex', () => {
  it.each([
    ['dense ids (array store)', 5, 5],
    ['sparse ids (map store)', 1_000_000, 3],
  ])('gets what was set, and undefined for ids never set: %s', (_, maxId, count) => {
    const index = new EventIndex<string>(maxId, count);
    index.set(1, 'one');
    index.set(maxId, 'last');
    expect(index.get(1)).toBe('one');
    expect(index.get(maxId)).toBe('last');
    expect(index.get(2)).toBeUndefined();
    expect(index.get(0)).toBeUndefined();
  });

  it.each([
    ['dense', 10, 10],
    ['sparse', 2 ** 40, 1],
  ])('clears an id when set to undefined (%s)', (_, maxId, count) => {
    const index = new EventIndex<number>(maxId, count);
    index.set(maxId, 7);
    index.set(maxId, undefined);
    expect(index.get(maxId)).toBeUndefined();
  });

  it('overwrites an earlier value', () => {
    const index = new EventIndex<string>(3, 3);
    index.set(2, 'a');
    index.set(2, 'b');
    expect(index.get(2)).toBe('b');
  });

  it('ignores ids outside the dense range it was made for instead of growing the array', () => {
    const index = new EventIndex<string>(3, 3);
    index.set(4, 'past the end');
    index.set(-1, 'negative');
    expect(index.get(4)).toBeUndefined();
    expect(index.get(-1)).toBeUndefined();
  });

  it('holds a huge id (2^53 - 1, hostile input) without allocating an array that long', () => {
    const index = new EventIndex<string>(Number.MAX_SAFE_INTEGER, 2);
    index.set(Number.MAX_SAFE_INTEGER, 'far');
    index.set(1, 'near');
    expect(index.get(Number.MAX_SAFE_INTEGER)).toBe('far');
    expect(index.get(1)).toBe('near');
  });

  it('gets and sets the largest id on either side of the dense-array limit (maxId <= count * 4 + 1024)', () => {
    for (const maxId of [4 * 10 + 1024, 4 * 10 + 1025]) {
      const index = new EventIndex<number>(maxId, 10);
      index.set(maxId, maxId);
      expect(index.get(maxId)).toBe(maxId);
    }
  });
});

describe('maxEventId', () => {
  it.each([
    [[], 0],
    [[{ id: 1 }], 1],
    [[{ id: 3 }, { id: 9 }, { id: 2 }], 9],
    [[{ id: -5 }], 0],
  ])('is the largest id, or 0 for none: %j -> %i', (events, expected) => {
    expect(maxEventId(events)).toBe(expected);
  });
});

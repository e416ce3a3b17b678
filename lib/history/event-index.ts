/**
 * A lookup by event id. Ids are dense integers from 1, so a pre-filled array (fast, packed) holds
 * them; absurdly large or sparse ids (hostile input) fall back to a Map.
 */
export class EventIndex<T> {
  private readonly store: { dense: true; array: (T | undefined)[] } | { dense: false; map: Map<number, T> };

  constructor(maxId: number, count: number) {
    this.store =
      maxId <= count * 4 + 1024
        ? { dense: true, array: new Array<T | undefined>(maxId + 1).fill(undefined) }
        : { dense: false, map: new Map() };
  }

  get(id: number): T | undefined {
    const store = this.store;
    return store.dense ? store.array[id] : store.map.get(id);
  }

  set(id: number, value: T | undefined): void {
    const store = this.store;
    if (store.dense) {
      if (id >= 0 && id < store.array.length) store.array[id] = value;
    } else if (value === undefined) {
      store.map.delete(id);
    } else {
      store.map.set(id, value);
    }
  }
}

/** The largest id in a list of events (0 for none). */
export function maxEventId(events: readonly { id: number }[]): number {
  let max = 0;
  for (const e of events) if (e.id > max) max = e.id;
  return max;
}

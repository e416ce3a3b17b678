/**
 * A lookup by event id. Ids are dense integers from 1, so a pre-filled array (fast, packed) holds
 * them; absurdly large or sparse ids (hostile input) fall back to a Map.
 */
export class EventIndex<T> {
  private readonly array: (T | undefined)[] | null;
  private readonly map: Map<number, T> | null;

  constructor(maxId: number, count: number) {
    const dense = maxId <= count * 4 + 1024;
    this.array = dense ? new Array<T | undefined>(maxId + 1).fill(undefined) : null;
    this.map = dense ? null : new Map();
  }

  get(id: number): T | undefined {
    return this.array ? this.array[id] : this.map!.get(id);
  }

  set(id: number, value: T | undefined): void {
    if (this.array) {
      if (id >= 0 && id < this.array.length) this.array[id] = value;
    } else if (value === undefined) {
      this.map!.delete(id);
    } else {
      this.map!.set(id, value);
    }
  }
}

/** The largest id in a list of events (0 for none). */
export function maxEventId(events: readonly { id: number }[]): number {
  let max = 0;
  for (const e of events) if (e.id > max) max = e.id;
  return max;
}

/**
 * The Python exceptions the daycare tutorial's Lambdas raise on malformed input (they are Python
 * functions); keeping the names makes the failed histories read like the tutorial's own would.
 */
export class KeyError extends Error {
  constructor(key: string) {
    super(`'${key}'`);
    this.name = 'KeyError';
  }
}

export class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

/** Reads `record[key]` as Python's `record['key']` does: a missing key raises KeyError. */
export function getRequired(record: unknown, key: string): unknown {
  if (record === null || typeof record !== 'object' || !(key in record)) throw new KeyError(key);
  return (record as Record<string, unknown>)[key];
}

type JsonObject = Record<string, unknown>;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Readies a parsed definition for asl-validator, in place. Before its schema check the validator sets a
 * default QueryLanguage on every member of every object named "States" anywhere in the document, and
 * throws a TypeError when a member is not an object: a "States" key inside a Pass state's Result (valid
 * ASL) or a state written as a string (invalid ASL) made CreateStateMachine fail with HTTP 500.
 *
 * So: a "States" key that is not a state machine's is renamed (it is free JSON there, and the rename
 * cannot change what the schema says about it), and a state machine whose States, or one of whose states,
 * is not an object is refused here in the schema check's words. Returns that reason, or undefined.
 */
export function prepareForAslValidator(definition: JsonObject): string | undefined {
  const machines = new Set<JsonObject>();
  const pending: Array<{ machine: JsonObject; pointer: string }> = [{ machine: definition, pointer: '' }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { machine, pointer } = next;
    machines.add(machine);
    const states = machine.States;
    if (states === undefined) continue;
    if (!isJsonObject(states)) return `SCHEMA_VALIDATION_FAILED: must be object at ${pointer}/States`;
    for (const [name, state] of Object.entries(states)) {
      const statePointer = `${pointer}/States/${escapePointer(name)}`;
      if (typeof state !== 'object' || state === null) return `SCHEMA_VALIDATION_FAILED: must be object at ${statePointer}`;
      if (!isJsonObject(state)) continue;
      for (const [field, child] of nestedMachines(state)) pending.push({ machine: child, pointer: `${statePointer}/${field}` });
    }
  }
  renameStrayStatesKeys(definition, machines);
  return undefined;
}

/** The state machines a Parallel (Branches) or Map (ItemProcessor, Iterator) state holds, with their field path. */
function nestedMachines(state: JsonObject): Array<[string, JsonObject]> {
  const found: Array<[string, JsonObject]> = [];
  if (state.Type === 'Parallel' && Array.isArray(state.Branches)) {
    state.Branches.forEach((branch, i) => {
      if (isJsonObject(branch)) found.push([`Branches/${i}`, branch]);
    });
  }
  if (state.Type === 'Map') {
    for (const field of ['ItemProcessor', 'Iterator']) {
      const processor = state[field];
      if (isJsonObject(processor)) found.push([field, processor]);
    }
  }
  return found;
}

function renameStrayStatesKeys(root: JsonObject, machines: ReadonlySet<JsonObject>): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      stack.push(...(item as unknown[]));
    } else if (isJsonObject(item)) {
      if (Object.hasOwn(item, 'States') && !machines.has(item)) renameKey(item, 'States');
      stack.push(...Object.values(item));
    }
  }
}

/** Renames `key` to an unused "(key)"-style name, keeping the member's place in the key order. */
function renameKey(holder: JsonObject, key: string): void {
  let renamed = `(${key})`;
  while (Object.hasOwn(holder, renamed)) renamed = `(${renamed})`;
  const entries = Object.entries(holder).map(([k, v]): [string, unknown] => [k === key ? renamed : k, v]);
  for (const k of Object.keys(holder)) delete holder[k];
  for (const [k, v] of entries) Object.defineProperty(holder, k, { value: v, enumerable: true, writable: true, configurable: true });
}

/** A state name as one JSON Pointer segment, as asl-validator's paths write it. */
export function escapePointer(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * How deeply the emulator lets a definition, an execution input or a request body nest objects and
 * arrays. Parts of the emulator (the ASL schema check, JSONPath, JSONata) recurse over the data, and
 * Node's call stack ends a few thousand levels down; refusing deeper documents up front turns what
 * would be a crash into a clear error. No real workflow comes near it.
 */
export const MAX_JSON_DEPTH = 1000;

/** True when JSON `text` nests objects and arrays more than `limit` levels deep (brackets in strings ignored). */
export function isJsonTextTooDeep(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

/** True for the RangeError V8 throws when the call stack runs out (deep recursion in a library). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * JSON.stringify, compact, without recursion: V8's own overflows the stack a few thousand levels
 * down, and a payload of 10,000 nested arrays is only 20 KB. The native one runs first (it is
 * several times faster); this one takes over only when it overflows.
 */
export function stringifyJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'null';
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return stringifyIteratively(value);
  }
}

type Frame =
  { kind: 'array'; items: unknown[]; next: number } | { kind: 'object'; keys: string[]; record: Record<string, unknown>; next: number };

/** Values parsed from JSON text only: strings, numbers, booleans, null, arrays and plain objects. */
function stringifyIteratively(root: unknown): string {
  const out: string[] = [];
  const stack: Frame[] = [];
  const open = (value: unknown): void => {
    if (Array.isArray(value)) {
      out.push('[');
      stack.push({ kind: 'array', items: value, next: 0 });
    } else if (typeof value === 'object' && value !== null) {
      out.push('{');
      const record = value as Record<string, unknown>;
      stack.push({ kind: 'object', keys: Object.keys(record).filter((k) => record[k] !== undefined), record, next: 0 });
    } else {
      out.push(JSON.stringify(value) ?? 'null');
    }
  };
  open(root);
  for (let frame = stack.at(-1); frame !== undefined; frame = stack.at(-1)) {
    if (frame.kind === 'array') {
      if (frame.next >= frame.items.length) {
        out.push(']');
        stack.pop();
        continue;
      }
      if (frame.next > 0) out.push(',');
      open(frame.items[frame.next++]);
    } else {
      if (frame.next >= frame.keys.length) {
        out.push('}');
        stack.pop();
        continue;
      }
      if (frame.next > 0) out.push(',');
      const key = frame.keys[frame.next++] ?? '';
      out.push(JSON.stringify(key), ':');
      open(frame.record[key]);
    }
  }
  return out.join('');
}

import { setOwn } from './own-key';

/**
 * Depth limits for parsed JSON from user files. JSON.parse reads any depth, but JSON.stringify and
 * every recursive walk or renderer overflow the stack a few thousand levels down (a payload of
 * 10,000 nested arrays is 20 KB). No real payload comes near this limit; deeper levels are shown
 * as a note saying so.
 */
export const MAX_JSON_DEPTH = 100;

export const deeperThan = (max: number): string => `… nested deeper than ${max} levels`;

type Container = Record<string, unknown> | unknown[];

/** An array or a plain object; values with their own toJSON (Date) are leaves, as JSON.stringify sees them. */
function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Whether arrays and objects nest more than `max` levels (the value itself is level 1). Iterative. */
export function exceedsJsonDepth(value: unknown, max = MAX_JSON_DEPTH): boolean {
  if (!isContainer(value)) return false;
  const pending: Array<{ container: Container; depth: number }> = [{ container: value, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { container: v, depth } = next;
    if (depth > max) return true;
    if (Array.isArray(v)) {
      for (const item of v) {
        if (isContainer(item)) pending.push({ container: item, depth: depth + 1 });
      }
    } else {
      for (const key in v) {
        const item = v[key];
        if (isContainer(item)) pending.push({ container: item, depth: depth + 1 });
      }
    }
  }
  return false;
}

/**
 * The value itself when it nests at most `max` levels; otherwise a copy whose arrays and objects
 * below level `max` are replaced by the text "… nested deeper than N levels". Iterative.
 */
export function limitJsonDepth(value: unknown, max = MAX_JSON_DEPTH): unknown {
  if (!exceedsJsonDepth(value, max)) return value;
  const copyOf = (v: Container): Container => (Array.isArray(v) ? new Array<unknown>(v.length) : {});
  const root = copyOf(value as Container);
  const pending: Array<{ source: Container; target: Container; depth: number }> = [{ source: value as Container, target: root, depth: 1 }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { source, target, depth } = next;
    const put = (key: string | number, item: unknown) => {
      let out = item;
      if (isContainer(item)) {
        if (depth >= max) {
          out = deeperThan(max);
        } else {
          const copy = copyOf(item);
          out = copy;
          pending.push({ source: item, target: copy, depth: depth + 1 });
        }
      }
      if (Array.isArray(target)) target[key as number] = out;
      else setOwn(target, key as string, out);
    };
    if (Array.isArray(source)) for (let i = 0; i < source.length; i++) put(i, source[i]);
    else for (const key in source) put(key, source[key]);
  }
  return root;
}

/** JSON text for a value of any depth: JSON.stringify, with levels below the limit replaced by a note. */
export function toBoundedJson(value: unknown, max = MAX_JSON_DEPTH): string | undefined {
  return JSON.stringify(limitJsonDepth(value, max));
}

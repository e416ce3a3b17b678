import { ExecutionQueryError } from './execution-query-error';

/** One step of a field path: an object member by name, or an array element by index. */
export type FieldPathSegment = string | number;

export const FIELD_PATH_EXPECTED =
  'a path from $ made of .name, [\'name\'] or ["name"] and [n] steps, such as $.order.id or $.items[0].sku';

/** The characters a `.name` step stops at; anything else (unicode, `-`, `$`) is part of the name. */
const NAME_STOP = /[.[\]'"\s]/;
const MAX_SEGMENTS = 64;

function fail(path: string, reason: string): never {
  throw new ExecutionQueryError(`The field path ${JSON.stringify(path)} is not supported: ${reason}. Write ${FIELD_PATH_EXPECTED}.`);
}

/** The name inside ['…'] or ["…"], with `\'`, `\"` and `\\` read as the character they escape. */
function readQuotedName(path: string, at: number): { name: string; end: number } {
  const quote = path[at];
  let name = '';
  for (let i = at + 1; i < path.length; i++) {
    const char = path[i];
    if (char === '\\') {
      const next = path[i + 1];
      if (next === undefined) break;
      if (next !== quote && next !== '\\') fail(path, `\\${next} is not an escape a quoted name may hold (only \\${quote} and \\\\)`);
      name += next;
      i++;
    } else if (char === quote) {
      if (path[i + 1] !== ']') fail(path, `expected ] after the quoted name at character ${i + 2}`);
      return { name, end: i + 2 };
    } else {
      name += char;
    }
  }
  return fail(path, `the quoted name at character ${at + 1} is never closed`);
}

/**
 * Reads the simple JSONPath the index understands: `$` then `.name`, `['name']`, `["name"]` and `[n]`
 * steps. Anything else (wildcards, `..`, filters, slices, negative indexes) is refused with an
 * ExecutionQueryError naming the path, because the index keeps only exact paths to single values.
 */
export function parseFieldPath(path: string): FieldPathSegment[] {
  const text = path.trim();
  if (!text.startsWith('$')) fail(path, 'it must start with $');
  const segments: FieldPathSegment[] = [];
  let at = 1;
  while (at < text.length) {
    if (segments.length >= MAX_SEGMENTS) fail(path, `it has more than ${MAX_SEGMENTS} steps`);
    const char = text[at];
    if (char === '.') {
      let end = at + 1;
      while (end < text.length && !NAME_STOP.test(text.charAt(end))) end++;
      if (end === at + 1) fail(path, `expected a name after the . at character ${at + 1}`);
      segments.push(text.slice(at + 1, end));
      at = end;
    } else if (char === '[') {
      const next = text[at + 1];
      if (next === "'" || next === '"') {
        const { name, end } = readQuotedName(text, at + 1);
        segments.push(name);
        at = end;
      } else {
        const index = /^\[(0|[1-9]\d{0,8})\]/.exec(text.slice(at));
        if (!index?.[1]) fail(path, `expected [n] (a whole number from 0) or ['name'] at character ${at + 1}`);
        segments.push(Number(index[1]));
        at += index[0].length;
      }
    } else {
      fail(path, `unexpected ${JSON.stringify(char)} at character ${at + 1}`);
    }
  }
  return segments;
}

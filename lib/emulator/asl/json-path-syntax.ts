import { StatesError } from './states-error';

/** Where a path starts: the state input (`$`), the context object (`$$`) or a workflow variable (`$name`). */
export type PathRoot = { kind: 'input' } | { kind: 'context' } | { kind: 'variable'; name: string };

export type PathSegment = { kind: 'property'; name: string } | { kind: 'index'; index: number };

export interface ParsedPath {
  root: PathRoot;
  /** The path after its root, e.g. `.a['b'][0]`; `$` + rest is a plain JSONPath on the root value. */
  rest: string;
  /** The steps of a definite path; null when the path has wildcards, slices, filters, unions or `..`. */
  segments: PathSegment[] | null;
}

const VARIABLE_ROOT = /^\$([A-Za-z_][A-Za-z0-9_]*)/;

/** Splits a Path/ReferencePath into its root and steps. Throws States.Runtime when it is not a path. */
export function parsePath(path: string): ParsedPath {
  const root = parseRoot(path);
  if (!root) throw new StatesError('States.Runtime', `Invalid path '${path}'`);
  const rest = path.slice(root.length);
  return { root: root.root, rest, segments: parseSegments(rest) };
}

function parseRoot(path: string): { root: PathRoot; length: number } | null {
  if (path.startsWith('$$')) return { root: { kind: 'context' }, length: 2 };
  const variable = VARIABLE_ROOT.exec(path);
  const variableName = variable?.[1];
  if (variable && variableName !== undefined) return { root: { kind: 'variable', name: variableName }, length: variable[0].length };
  if (path.startsWith('$')) return { root: { kind: 'input' }, length: 1 };
  return null;
}

/** Returns null for anything indefinite; jsonpath-plus evaluates those. */
function parseSegments(rest: string): PathSegment[] | null {
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < rest.length) {
    const c = rest[i];
    if (c === '.') {
      if (rest[i + 1] === '.') return null;
      let end = i + 1;
      while (end < rest.length && rest[end] !== '.' && rest[end] !== '[') end++;
      const name = rest.slice(i + 1, end);
      if (name === '' || name === '*') return null;
      segments.push({ kind: 'property', name });
      i = end;
    } else if (c === '[') {
      const bracket = parseBracket(rest, i);
      if (!bracket) return null;
      segments.push(bracket.segment);
      i = bracket.end;
    } else {
      return null;
    }
  }
  return segments;
}

/** `['name']`, `["name"]` or `[n]`. Quoted names are taken raw (Jayway keeps backslashes); a backslash only
 *  stops the quote from closing the name, as the recorded `$['Test\""Name"']` case shows. */
function parseBracket(rest: string, start: number): { segment: PathSegment; end: number } | null {
  const quote = rest[start + 1];
  if (quote === "'" || quote === '"') {
    let i = start + 2;
    let escaped = false;
    while (i < rest.length) {
      const c = rest[i];
      if (c === quote && !escaped) break;
      escaped = c === '\\' && !escaped;
      i++;
    }
    if (i >= rest.length || rest[i + 1] !== ']') return null;
    return { segment: { kind: 'property', name: rest.slice(start + 2, i) }, end: i + 2 };
  }
  const close = rest.indexOf(']', start);
  if (close < 0) return null;
  const inner = rest.slice(start + 1, close).trim();
  if (!/^-?\d+$/.test(inner)) return null;
  return { segment: { kind: 'index', index: Number(inner) }, end: close + 1 };
}

/** Jayway's normalized form, used in AWS's messages: `$['a']['b'][0]`. */
export function toNormalizedPath(segments: readonly PathSegment[]): string {
  return `$${segments.map((s) => (s.kind === 'property' ? `['${s.name}']` : `[${s.index}]`)).join('')}`;
}

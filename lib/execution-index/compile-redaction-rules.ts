/**
 * Redaction rules: JSONPaths such as `$..password`, `$.customer.email`, `$.items[*].card` or
 * `$['odd key']`, compiled once into segment lists that a walker matches key by key. A small own
 * matcher rather than jsonpath-plus: it walks a document once for every rule together, iteratively
 * (no stack overflow however deep), and lets the walker skip documents that cannot match.
 */

/** What one step of a path accepts: one of these object keys or array indexes, or any (`*`). */
export type KeyMatcher = { kind: 'keys'; names: ReadonlySet<string>; indexes: ReadonlySet<number> } | { kind: 'wildcard' };

export interface PathSegment {
  /** `..`: the step may match at any depth below the current node. */
  descendant: boolean;
  match: KeyMatcher;
}

export interface RedactionRule {
  path: string;
  /** Empty for `$`: the whole payload. */
  segments: readonly PathSegment[];
}

export interface RedactionRules {
  readonly rules: readonly RedactionRule[];
  /**
   * For each rule, a key its matches always pass through, as it appears in JSON text (quoted):
   * a document whose text holds none of them (and no escapes) cannot match and is kept as is.
   * Undefined when some rule has no such key (`$[0]`, `$..*`): every document is then walked.
   */
  readonly quotedKeys: readonly string[] | undefined;
}

export const NO_REDACTION: RedactionRules = { rules: [], quotedKeys: [] };

const MAX_SEGMENTS = 64;

class RulePathError extends Error {
  constructor(
    readonly position: number,
    why: string,
  ) {
    super(why);
  }
}

/** Compiles the rules once; a bad path throws an Error naming the rule and saying why. */
export function compileRedactionRules(paths: readonly string[]): RedactionRules {
  const rules: RedactionRule[] = [];
  paths.forEach((raw, i) => {
    if (typeof raw !== 'string') throw new Error(`Redaction rule ${i + 1} is not a string: rules are JSONPaths such as $..password`);
    const path = raw.trim();
    try {
      rules.push({ path, segments: parsePath(path) });
    } catch (error) {
      if (!(error instanceof RulePathError)) throw error;
      throw new Error(
        `Redaction rule ${i + 1} ${JSON.stringify(raw)} is not a supported JSONPath: ${error.message}` +
          (path === '' ? '' : ` (at character ${error.position + 1})`) +
          ". Supported: $, .name, ..name, [*], .*, [n], ['name'] and unions such as ['a','b'].",
      );
    }
  });
  return { rules, quotedKeys: quotedKeysOf(rules) };
}

function quotedKeysOf(rules: readonly RedactionRule[]): string[] | undefined {
  const keys: string[] = [];
  for (const rule of rules) {
    // A rule matching the whole payload ($) or only through indexes and wildcards has no such key.
    let found: string | undefined;
    for (const segment of rule.segments) {
      if (segment.match.kind === 'keys' && segment.match.names.size === 1 && segment.match.indexes.size === 0) {
        found = JSON.stringify([...segment.match.names][0]);
      }
    }
    if (found === undefined) return undefined;
    keys.push(found);
  }
  return keys;
}

const NAME_CHAR = /[^.[\]\s'"*()?@,:]/;

function parsePath(path: string): PathSegment[] {
  if (path === '') throw new RulePathError(0, 'the rule is empty');
  if (path[0] !== '$') throw new RulePathError(0, 'a rule starts with $ (the payload root)');
  const segments: PathSegment[] = [];
  let at = 1;
  while (at < path.length) {
    let descendant = false;
    if (path.startsWith('..', at)) {
      descendant = true;
      at += 2;
      if (path[at] === '.') throw new RulePathError(at, 'three dots in a row');
    } else if (path[at] === '.') {
      at += 1;
    } else if (path[at] !== '[') {
      throw new RulePathError(at, `expected ".", ".." or "[" but found ${JSON.stringify(path[at])}`);
    }
    if (path[at] === '[') {
      const { match, end } = parseBracket(path, at);
      segments.push({ descendant, match });
      at = end;
    } else if (path[at] === '*') {
      segments.push({ descendant, match: { kind: 'wildcard' } });
      at += 1;
    } else {
      const start = at;
      while (at < path.length && NAME_CHAR.test(path[at] ?? '')) at += 1;
      if (at === start) {
        if (at >= path.length) throw new RulePathError(at, 'the path ends after a dot: a name is missing');
        throw new RulePathError(at, unsupportedWhy(path[at] ?? ''));
      }
      segments.push({ descendant, match: keys([path.slice(start, at)], []) });
    }
    if (segments.length > MAX_SEGMENTS) throw new RulePathError(at, `more than ${MAX_SEGMENTS} steps`);
  }
  return segments;
}

function unsupportedWhy(char: string): string {
  if (char === '?' || char === '(' || char === '@') return 'filter and script expressions (?(), @) are not supported';
  if (char === ':') return 'array slices are not supported';
  return `unexpected ${JSON.stringify(char)}`;
}

function keys(names: string[], indexes: number[]): KeyMatcher {
  return { kind: 'keys', names: new Set(names), indexes: new Set(indexes) };
}

/** `[*]`, `[3]`, `['name']`, `["name"]`, or a union of names and indexes: `['a', "b", 0]`. */
function parseBracket(path: string, open: number): { match: KeyMatcher; end: number } {
  let at = skipSpaces(path, open + 1);
  if (path[at] === '*') {
    at = skipSpaces(path, at + 1);
    if (path[at] !== ']') throw new RulePathError(at, 'expected "]" after "[*"');
    return { match: { kind: 'wildcard' }, end: at + 1 };
  }
  const names: string[] = [];
  const indexes: number[] = [];
  for (;;) {
    const char = path[at];
    if (char === "'" || char === '"') {
      const { value, end } = parseQuoted(path, at);
      names.push(value);
      at = end;
    } else if (char !== undefined && /[0-9]/.test(char)) {
      const start = at;
      while (at < path.length && /[0-9]/.test(path[at] ?? '')) at += 1;
      indexes.push(Number(path.slice(start, at)));
    } else if (char === undefined) {
      throw new RulePathError(at, 'the path ends inside "[...]"');
    } else if (char === '-') {
      throw new RulePathError(at, 'negative array indexes are not supported');
    } else {
      throw new RulePathError(at, unsupportedWhy(char));
    }
    at = skipSpaces(path, at);
    if (path[at] === ']') return { match: keys(names, indexes), end: at + 1 };
    if (path[at] === ':') throw new RulePathError(at, 'array slices are not supported');
    if (path[at] !== ',') throw new RulePathError(at, 'expected "," or "]" in "[...]"');
    at = skipSpaces(path, at + 1);
  }
}

function parseQuoted(path: string, open: number): { value: string; end: number } {
  const quote = path[open];
  let value = '';
  let at = open + 1;
  while (at < path.length) {
    const char = path[at];
    if (char === quote) return { value, end: at + 1 };
    if (char === '\\') {
      const next = path[at + 1];
      if (next === undefined) break;
      value += next;
      at += 2;
    } else {
      value += char;
      at += 1;
    }
  }
  throw new RulePathError(open, `the quoted name is not closed (missing ${quote})`);
}

function skipSpaces(path: string, at: number): number {
  while (path[at] === ' ') at += 1;
  return at;
}

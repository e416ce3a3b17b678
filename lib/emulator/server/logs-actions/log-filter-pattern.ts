import { ApiError } from '../api-error';

/** A compiled CloudWatch Logs filter pattern (the subset the emulator supports). */
export interface LogFilter {
  matches(message: string): boolean;
  /** Texts every matching message contains, so the store can narrow rows before parsing JSON. */
  requiredTexts: string[];
}

type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'compare'; path: string[]; op: '=' | '!=' | '<' | '<=' | '>' | '>='; value: string | number; quoted: boolean }
  | { kind: 'exists'; path: string[]; exists: boolean };

const SUPPORTED =
  'Supported: empty, terms ("quoted phrase", word, -word, ?word), and JSON patterns such as { $.type = "ExecutionFailed" && $.execution_arn = "arn:…" }.';

function invalid(pattern: string, reason: string): ApiError {
  return new ApiError('InvalidParameterException', `Invalid filter pattern '${pattern}': ${reason}. ${SUPPORTED}`);
}

const TOKEN = /\s*(\(|\)|&&|\|\||!=|<=|>=|=|<|>|"(?:[^"\\]|\\.)*"|\$[\w.\[\]-]*|[^\s()=!<>&|"]+)/y;

function tokenize(body: string, pattern: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < body.length) {
    if (/^\s*$/.test(body.slice(TOKEN.lastIndex))) break;
    const start = TOKEN.lastIndex;
    // The token group is required by TOKEN: set on every match, absent only without one.
    const token = TOKEN.exec(body)?.[1];
    if (token === undefined) throw invalid(pattern, `unexpected text at '${body.slice(start, start + 20)}'`);
    tokens.push(token);
  }
  return tokens;
}

function parseJsonPattern(body: string, pattern: string): Condition {
  const tokens = tokenize(body, pattern);
  let at = 0;
  const peek = () => tokens[at];
  const next = () => {
    const token = tokens[at++];
    if (token === undefined) throw invalid(pattern, 'it ends too early');
    return token;
  };
  const parsePrimary = (): Condition => {
    const token = next();
    if (token === '(') {
      const inner = parseOr();
      if (next() !== ')') throw invalid(pattern, "a '(' is not closed");
      return inner;
    }
    if (!token.startsWith('$.')) throw invalid(pattern, `expected a selector such as $.type, got '${token}'`);
    const path = token.slice(2).split('.');
    const op = next();
    if (op.toUpperCase() === 'IS' || op.toUpperCase() === 'NOT') {
      const rest = [op, next()].map((t) => t.toUpperCase()).join(' ');
      if (rest === 'NOT EXISTS') return { kind: 'exists', path, exists: false };
      if (rest === 'IS NULL') return { kind: 'compare', path, op: '=', value: 'null', quoted: false };
      throw invalid(pattern, `unknown test '${rest}'`);
    }
    if (!['=', '!=', '<', '<=', '>', '>='].includes(op)) throw invalid(pattern, `expected an operator after ${token}, got '${op}'`);
    const raw = next();
    const quoted = raw.startsWith('"');
    const text = quoted ? (JSON.parse(raw) as string) : raw;
    const numeric = !quoted && /^-?\d+(\.\d+)?$/.test(text);
    if (op !== '=' && op !== '!=' && !numeric) throw invalid(pattern, `'${op}' needs a number, got '${raw}'`);
    return { kind: 'compare', path, op: op as '=', value: numeric ? Number(text) : text, quoted };
  };
  const parseAnd = (): Condition => {
    let left = parsePrimary();
    while (peek() === '&&') {
      at++;
      left = { kind: 'and', left, right: parsePrimary() };
    }
    return left;
  };
  const parseOr = (): Condition => {
    let left = parseAnd();
    while (peek() === '||') {
      at++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const condition = parseOr();
  if (at < tokens.length) throw invalid(pattern, `unexpected '${tokens[at]}'`);
  return condition;
}

function select(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function wildcard(text: string): RegExp {
  return new RegExp(
    `^${text
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
}

function evaluate(condition: Condition, document: unknown): boolean {
  switch (condition.kind) {
    case 'and':
      return evaluate(condition.left, document) && evaluate(condition.right, document);
    case 'or':
      return evaluate(condition.left, document) || evaluate(condition.right, document);
    case 'exists':
      return (select(document, condition.path) !== undefined) === condition.exists;
    case 'compare': {
      const actual = select(document, condition.path);
      if (condition.op === '=' || condition.op === '!=') {
        let equal: boolean;
        if (condition.value === 'null' && !condition.quoted) equal = actual === null;
        else if (typeof condition.value === 'number') equal = Number(actual) === condition.value && actual !== '' && actual !== null;
        else
          equal =
            (typeof actual === 'string' || typeof actual === 'number' || typeof actual === 'boolean') &&
            wildcard(condition.value).test(String(actual));
        return condition.op === '=' ? equal : actual !== undefined && !equal;
      }
      const n = Number(actual);
      if (actual === undefined || actual === null || actual === '' || Number.isNaN(n)) return false;
      const v = condition.value as number;
      return condition.op === '<' ? n < v : condition.op === '<=' ? n <= v : condition.op === '>' ? n > v : n >= v;
    }
  }
}

/** Literal string values every match must contain: `=` comparisons reachable through `&&` only. */
function requiredValues(condition: Condition): string[] {
  if (condition.kind === 'and') return [...requiredValues(condition.left), ...requiredValues(condition.right)];
  if (
    condition.kind === 'compare' &&
    condition.op === '=' &&
    typeof condition.value === 'string' &&
    condition.quoted &&
    !condition.value.includes('*')
  ) {
    return [JSON.stringify(condition.value)];
  }
  return [];
}

function compileTerms(pattern: string): LogFilter {
  // A term is an optional prefix, then a quoted phrase or a bare word: one of the two is always set.
  const terms = [...pattern.matchAll(/([?-]?)(?:"((?:[^"\\]|\\.)*)"|(\S+))/g)].map(([term, prefix, quoted, bare]) => {
    const text = quoted !== undefined ? (JSON.parse(`"${quoted}"`) as string) : bare;
    if (prefix === undefined || text === undefined) throw invalid(pattern, `the term '${term}' has no text`);
    return { prefix, text };
  });
  const required = terms.filter((t) => t.prefix === '').map((t) => t.text);
  const excluded = terms.filter((t) => t.prefix === '-').map((t) => t.text);
  const anyOf = terms.filter((t) => t.prefix === '?').map((t) => t.text);
  return {
    requiredTexts: anyOf.length > 0 ? [] : required,
    matches: (message) =>
      anyOf.length > 0
        ? anyOf.some((t) => message.includes(t))
        : required.every((t) => message.includes(t)) && !excluded.some((t) => message.includes(t)),
  };
}

/** Compiles a filter pattern; an unsupported one is InvalidParameterException, as AWS reports a bad pattern. */
export function compileLogFilter(pattern: string | undefined): LogFilter {
  const trimmed = pattern?.trim() ?? '';
  if (trimmed === '') return { matches: () => true, requiredTexts: [] };
  if (!trimmed.startsWith('{')) return compileTerms(trimmed);
  if (!trimmed.endsWith('}')) throw invalid(trimmed, "a JSON pattern must end with '}'");
  const condition = parseJsonPattern(trimmed.slice(1, -1), trimmed);
  return {
    requiredTexts: requiredValues(condition),
    matches: (message) => {
      let document: unknown;
      try {
        document = JSON.parse(message);
      } catch {
        return false;
      }
      return evaluate(condition, document);
    },
  };
}

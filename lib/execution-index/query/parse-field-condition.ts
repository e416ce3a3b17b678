import type { FieldCondition } from '../types';
import { SearchQueryError } from './search-query-error';

/** A cursor over the typed text, shared by the query parser and the field-condition reader. */
export interface Scanner {
  readonly text: string;
  at: number;
}

const OPERATORS = ['>=', '<=', '!=', '=', '>', '<', '~'] as const;
const OPERATOR_OF: Record<(typeof OPERATORS)[number], FieldCondition['operator']> = {
  '>=': '>=',
  '<=': '<=',
  '!=': '!=',
  '=': '=',
  '>': '>',
  '<': '<',
  '~': 'contains',
};
export const OPERATORS_EXPECTED = '= != > >= < <= ~ (contains) or exists';
const NAME_CHAR = /[^\s.[\]=!<>~"']/;
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/;
const KEYWORD = /^(true|false|null)(?![^\s])/;

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);
const column = (scanner: Scanner) => scanner.at + 1;

/** The path as the store reads it: `.name` where the name is plain, `['name']` otherwise, `[n]` for indexes. */
function toPathSegment(name: string): string {
  return PLAIN_NAME.test(name) ? `.${name}` : `['${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

function readBracket(scanner: Scanner): string {
  const open = scanner.at;
  scanner.at++;
  const quote = scanner.text[scanner.at];
  if (quote === "'" || quote === '"') {
    const close = scanner.text.indexOf(quote, scanner.at + 1);
    if (close < 0) throw new SearchQueryError(scanner.at + 1, `unterminated ${quote}…${quote} in a field path`);
    const name = scanner.text.slice(scanner.at + 1, close);
    scanner.at = close + 1;
    if (scanner.text[scanner.at] !== ']') throw new SearchQueryError(column(scanner), "expected ']' after the quoted field name");
    scanner.at++;
    return toPathSegment(name);
  }
  const index = /^\d+/.exec(scanner.text.slice(scanner.at))?.[0];
  if (index === undefined || scanner.text[scanner.at + index.length] !== ']') {
    throw new SearchQueryError(open + 1, "expected [n] or ['name'] in a field path");
  }
  scanner.at += index.length + 1;
  return `[${Number(index)}]`;
}

function readPath(scanner: Scanner): string {
  let path = '$';
  scanner.at++; // the '$'
  for (;;) {
    const char = scanner.text[scanner.at];
    if (char === '.') {
      const start = ++scanner.at;
      while (scanner.at < scanner.text.length && NAME_CHAR.test(scanner.text[scanner.at] ?? '')) scanner.at++;
      if (scanner.at === start) throw new SearchQueryError(start + 1, "expected a field name after '.'");
      path += toPathSegment(scanner.text.slice(start, scanner.at));
    } else if (char === '[') {
      path += readBracket(scanner);
    } else if (char === undefined || isSpace(char) || OPERATORS.some((op) => op.startsWith(char))) {
      return path;
    } else {
      throw new SearchQueryError(column(scanner), `unexpected '${char}' in a field path: use .name, ['name'] or [n]`);
    }
  }
}

function skipSpaces(scanner: Scanner): void {
  while (isSpace(scanner.text[scanner.at])) scanner.at++;
}

function readOperator(scanner: Scanner, path: string): FieldCondition['operator'] {
  const rest = scanner.text.slice(scanner.at);
  const symbol = OPERATORS.find((op) => rest.startsWith(op));
  if (symbol) {
    scanner.at += symbol.length;
    return OPERATOR_OF[symbol];
  }
  const word = /^(exists|contains)(?![^\s])/.exec(rest)?.[1];
  if (word === 'exists' || word === 'contains') {
    scanner.at += word.length;
    return word;
  }
  throw new SearchQueryError(column(scanner), `expected an operator after ${path}: ${OPERATORS_EXPECTED}`);
}

function readValue(scanner: Scanner, shownOperator: string): string | number | boolean | null {
  const rest = scanner.text.slice(scanner.at);
  const expected = `expected a value after '${shownOperator}'`;
  if (rest === '') throw new SearchQueryError(column(scanner), `${expected}: a "string", a number, true, false or null`);
  if (rest.startsWith('"')) {
    // JSON string rules, so `"a \"quoted\" word"` and `"\u00e9"` read as they do in the payload.
    const match = /^"(?:[^"\\\n]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/.exec(rest);
    if (!match) throw new SearchQueryError(column(scanner), 'unterminated or malformed "string" value');
    scanner.at += match[0].length;
    return JSON.parse(match[0]) as string;
  }
  const keyword = KEYWORD.exec(rest)?.[1];
  if (keyword) {
    scanner.at += keyword.length;
    return keyword === 'null' ? null : keyword === 'true';
  }
  const number = NUMBER.exec(rest)?.[0];
  if (number !== undefined && !/[^\s]/.test(rest[number.length] ?? ' ')) {
    scanner.at += number.length;
    return Number(number);
  }
  const word = /^\S+/.exec(rest)?.[0] ?? rest;
  throw new SearchQueryError(
    column(scanner),
    `${expected}: a "string", a number, true, false or null, not ${word} (put text in double quotes)`,
  );
}

/**
 * Reads `$.path OP value` or `$.path exists` from the scanner, which stands on the `$`. `payload`
 * is the `input:`/`output:` prefix already consumed, if any.
 */
export function readFieldCondition(scanner: Scanner, payload: FieldCondition['payload']): FieldCondition {
  const path = readPath(scanner);
  skipSpaces(scanner);
  const operatorAt = scanner.at;
  const operator = readOperator(scanner, path);
  const condition: FieldCondition = { ...(payload ? { payload } : {}), path, operator };
  if (operator === 'exists') return condition;
  const shown = scanner.text.slice(operatorAt, scanner.at);
  skipSpaces(scanner);
  const valueAt = scanner.at;
  const value = readValue(scanner, shown);
  if (operator === 'contains' && typeof value !== 'string') {
    throw new SearchQueryError(valueAt + 1, `'${shown}' (contains) takes a "string" value`);
  }
  return { ...condition, value };
}

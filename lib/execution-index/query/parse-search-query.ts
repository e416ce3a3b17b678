import { EXECUTION_STATUSES, type ExecutionStatus } from '../../domain';
import type { ExecutionQuery, FieldCondition } from '../types';
import { readFieldCondition, type Scanner } from './parse-field-condition';
import { parseTimeBound, TIME_BOUND_EXPECTED } from './parse-time-bound';
import { SearchQueryError } from './search-query-error';

/** What a typed search asks for. `machine:` names are kept apart: only the caller knows the machines. */
export interface SearchQuery extends ExecutionQuery {
  /** `machine:NAME` values that are not ARNs, to resolve against the list of state machines. */
  stateMachineNames?: string[];
}

export const QUALIFIERS = ['machine', 'status', 'error', 'state', 'since', 'until'] as const;
type Qualifier = (typeof QUALIFIERS)[number];
const QUALIFIER = new RegExp(`^(${QUALIFIERS.join('|')}):`, 'i');
const PAYLOAD_PREFIX = /^(input|output):(?=\$)/i;

/** How statuses are typed: `failed`, `timed_out` (or `timed-out`), any case. */
export const STATUS_WORDS = EXECUTION_STATUSES.map((status) => status.toLowerCase());

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** A qualifier's value: a "quoted" one (may hold spaces and commas) or up to the next space. */
function readQualifierValue(scanner: Scanner, name: string): { items: { text: string; column: number }[] } {
  const start = scanner.at;
  if (scanner.text[start] === '"') {
    const close = scanner.text.indexOf('"', start + 1);
    if (close < 0) throw new SearchQueryError(start + 1, `unterminated "…" after '${name}:'`);
    scanner.at = close + 1;
    const text = scanner.text.slice(start + 1, close);
    if (!text.trim()) throw new SearchQueryError(start + 1, `expected a value after '${name}:'`);
    return { items: [{ text, column: start + 2 }] };
  }
  while (scanner.at < scanner.text.length && !isSpace(scanner.text[scanner.at])) scanner.at++;
  const raw = scanner.text.slice(start, scanner.at);
  if (!raw) throw new SearchQueryError(start + 1, `expected a value after '${name}:'`);
  const items: { text: string; column: number }[] = [];
  let offset = 0;
  for (const part of raw.split(',')) {
    if (!part) throw new SearchQueryError(start + offset + 1, `empty value in the list after '${name}:'`);
    items.push({ text: part, column: start + offset + 1 });
    offset += part.length + 1;
  }
  return { items };
}

function toStatus(text: string, at: number): ExecutionStatus {
  const status = text.toUpperCase().replace(/-/g, '_');
  const known = EXECUTION_STATUSES.find((candidate) => candidate === status);
  if (!known) throw new SearchQueryError(at, `unknown status '${text}': expected ${STATUS_WORDS.join(', ')}`);
  return known;
}

const addUnique = <T>(list: T[] | undefined, values: T[]): T[] => [...new Set([...(list ?? []), ...values])];

function applyQualifier(query: SearchQuery, name: Qualifier, items: { text: string; column: number }[], now: Date, at: number): void {
  const texts = items.map((item) => item.text);
  switch (name) {
    case 'machine': {
      const arns = texts.filter((text) => text.startsWith('arn:'));
      const names = texts.filter((text) => !text.startsWith('arn:'));
      if (arns.length) query.stateMachineArns = addUnique(query.stateMachineArns, arns);
      if (names.length) query.stateMachineNames = addUnique(query.stateMachineNames, names);
      return;
    }
    case 'status':
      query.statuses = addUnique(
        query.statuses,
        items.map((item) => toStatus(item.text, item.column)),
      );
      return;
    case 'error':
      query.errors = addUnique(query.errors, texts);
      return;
    case 'state':
      query.failingStates = addUnique(query.failingStates, texts);
      return;
    case 'since':
    case 'until': {
      const [item, extra] = items;
      if (!item || extra) throw new SearchQueryError(at, `'${name}:' takes one time, not a list`);
      const key = name === 'since' ? 'from' : 'to';
      if (query[key]) throw new SearchQueryError(at, `'${name}:' is given twice`);
      const date = parseTimeBound(item.text, now);
      if (!date) throw new SearchQueryError(item.column, `'${item.text}' is not a time: expected ${TIME_BOUND_EXPECTED}`);
      query[key] = date;
      if (query.from && query.to && query.from.getTime() >= query.to.getTime()) {
        throw new SearchQueryError(at, "'since:' must be earlier than 'until:'");
      }
    }
  }
}

/**
 * Reads what a person types into the search box: free words and "quoted phrases" (all must match,
 * full text over inputs, outputs, errors and causes), `$.path OP value` conditions on the JSON
 * payload (optionally `input:`/`output:`), and the qualifiers machine:, status:, error:, state:,
 * since: and until:. Throws a SearchQueryError naming the column of the first problem.
 */
export function parseSearchQuery(text: string, now: Date = new Date()): SearchQuery {
  const scanner: Scanner = { text, at: 0 };
  const query: SearchQuery = {};
  const terms: string[] = [];
  const fields: FieldCondition[] = [];
  while (scanner.at < text.length) {
    const char = text[scanner.at];
    if (isSpace(char)) {
      scanner.at++;
      continue;
    }
    const rest = text.slice(scanner.at);
    const start = scanner.at;
    if (char === '"') {
      const close = text.indexOf('"', start + 1);
      if (close < 0) throw new SearchQueryError(start + 1, 'unterminated "quoted phrase": add the closing "');
      const phrase = text
        .slice(start + 1, close)
        .trim()
        .replace(/\s+/g, ' ');
      if (phrase) terms.push(`"${phrase}"`);
      scanner.at = close + 1;
      continue;
    }
    const payload = PAYLOAD_PREFIX.exec(rest)?.[1];
    if (char === '$' || payload) {
      if (payload) scanner.at += payload.length + 1;
      fields.push(readFieldCondition(scanner, payload ? (payload.toLowerCase() as 'input' | 'output') : undefined));
      if (scanner.at < text.length && !isSpace(text[scanner.at])) {
        throw new SearchQueryError(scanner.at + 1, `expected a space after the condition, found '${text[scanner.at]}'`);
      }
      continue;
    }
    const qualifier = QUALIFIER.exec(rest)?.[1];
    if (qualifier) {
      const name = qualifier.toLowerCase() as Qualifier;
      scanner.at += qualifier.length + 1;
      const { items } = readQualifierValue(scanner, name);
      applyQualifier(query, name, items, now, start + 1);
      continue;
    }
    // A free word ends at a space or where a quoted phrase starts.
    while (scanner.at < text.length && !isSpace(text[scanner.at]) && text[scanner.at] !== '"') scanner.at++;
    terms.push(text.slice(start, scanner.at));
  }
  if (terms.length) query.text = terms.join(' ');
  if (fields.length) query.fields = fields;
  return query;
}

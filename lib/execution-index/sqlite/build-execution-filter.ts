import { EXECUTION_STATUSES } from '../../domain';
import { ExecutionQueryError } from '../execution-query-error';
import { parseFieldPath } from '../parse-field-path';
import type { ExecutionQuery, FieldCondition } from '../types';
import { FIELD_KIND, PAYLOAD_NUMBER } from './payload-fields';
import { toFts5Query } from './to-fts5-query';
import { toJsonTreePath } from './to-json-tree-path';

export type SqlValue = string | number | null;

/** A WHERE clause over `executions AS e` with its parameters, and the FTS5 expression when text was asked for. */
export interface ExecutionFilter {
  where: string;
  params: SqlValue[];
  fts?: string;
}

const OPERATORS = ['=', '!=', '>', '>=', '<', '<=', 'contains', 'exists'] as const satisfies readonly FieldCondition['operator'][];
const RANGE_OPERATORS = new Set<FieldCondition['operator']>(['>', '>=', '<', '<=']);

const placeholders = (values: readonly unknown[]) => values.map(() => '?').join(', ');
const describe = (condition: FieldCondition) =>
  `${condition.path} ${condition.operator}${condition.value === undefined ? '' : ` ${JSON.stringify(condition.value)}`}`;

/**
 * The kind and value test for `=`: JSON types never cross (1 is not "1", not true). `IS` for `!=`,
 * so a string too long to compare (stored without its value) is still unequal to the value.
 */
function equals(value: FieldCondition['value'], comparison: '=' | 'IS' = '='): { sql: string; params: SqlValue[] } {
  if (value === null) return { sql: `kind = ${FIELD_KIND.null}`, params: [] };
  if (typeof value === 'boolean') return { sql: `kind = ${value ? FIELD_KIND.true : FIELD_KIND.false}`, params: [] };
  if (typeof value === 'number') return { sql: `kind = ${FIELD_KIND.number} AND value ${comparison} ?`, params: [value] };
  return { sql: `kind = ${FIELD_KIND.string} AND value ${comparison} ?`, params: [value as string] };
}

function valueTest(condition: FieldCondition): { sql: string; params: SqlValue[] } {
  const { operator, value } = condition;
  const refuse = (reason: string): never => {
    throw new ExecutionQueryError(`The field condition ${describe(condition)} cannot be run: ${reason}.`);
  };
  if (!OPERATORS.includes(operator)) refuse(`the operator must be one of ${OPERATORS.join(', ')}`);
  if (operator === 'exists') {
    if (value !== undefined) refuse('exists takes no value');
    return { sql: '1', params: [] };
  }
  if (value === undefined) refuse(`${operator} needs a value`);
  if (typeof value === 'number' && !Number.isFinite(value)) refuse('the number must be finite');
  if (!['string', 'number', 'boolean'].includes(typeof value) && value !== null)
    refuse('the value must be a string, a number, true, false or null');
  if (operator === '=') return equals(value);
  if (operator === '!=') {
    const equal = equals(value, 'IS');
    return { sql: `NOT (${equal.sql})`, params: equal.params };
  }
  if (operator === 'contains') {
    if (typeof value !== 'string') refuse('contains looks for a string inside a string value; give it a string');
    const pattern = `%${(value as string).replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    return { sql: `kind = ${FIELD_KIND.string} AND value LIKE ? ESCAPE '\\'`, params: [pattern] };
  }
  if (RANGE_OPERATORS.has(operator)) {
    if (typeof value === 'number') return { sql: `kind = ${FIELD_KIND.number} AND value ${operator} ?`, params: [value] };
    if (typeof value === 'string') return { sql: `kind = ${FIELD_KIND.string} AND value ${operator} ?`, params: [value] };
    refuse(`${operator} compares numbers with numbers and strings with strings, not ${JSON.stringify(value)}`);
  }
  return refuse(`unknown operator ${JSON.stringify(operator)}`);
}

/** `e.id IN (…)`: the executions with a value at that path (input, output or either) that passes the test. */
function fieldCondition(condition: FieldCondition, id: string): { sql: string; params: SqlValue[] } {
  if (condition.payload !== undefined && !(condition.payload in PAYLOAD_NUMBER))
    throw new ExecutionQueryError(
      `The field condition ${describe(condition)} names payload ${JSON.stringify(condition.payload)}: use input or output.`,
    );
  const path = toJsonTreePath(parseFieldPath(condition.path));
  const test = valueTest(condition);
  const payload = condition.payload === undefined ? '' : ` AND payload = ${PAYLOAD_NUMBER[condition.payload]}`;
  return {
    sql: `${id} IN (SELECT execution_id FROM payload_fields WHERE path_id = (SELECT id FROM field_paths WHERE path = ?) AND ${test.sql}${payload})`,
    params: [path, ...test.params],
  };
}

function toMs(date: Date, name: string): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new ExecutionQueryError(`The search's ${name} is not a valid date.`);
  return ms;
}

/**
 * Every filter of a query but paging, validated: unknown statuses, bad paths and values of the wrong
 * kind are ExecutionQueryErrors. `errors` and `failingStates` match the execution's own error and
 * state or its root cause's (the failure group key), so a failure group's executions can be listed.
 * An empty list is no filter.
 */
export function buildExecutionFilter(query: ExecutionQuery, options: { scanNewestFirst?: boolean } = {}): ExecutionFilter {
  // `+e.id`: the match lists are checked while SQLite walks the newest-first index, instead of
  // being looked up one id at a time and then sorted (better when they hold thousands).
  const id = options.scanNewestFirst ? '+e.id' : 'e.id';
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  const add = (sql: string, ...values: SqlValue[]) => {
    clauses.push(sql);
    params.push(...values);
  };
  // `+`: never let the (source, ARN) index drive a query. An index holds one or two sources, so that
  // index would read every row where the newest-first, status or failures index reads only what is
  // asked; SQLite cannot know that without ANALYZE statistics, and bounded ones misled it.
  if (query.source !== undefined) add('+e.source = ?', query.source);
  if (query.stateMachineArns?.length) add(`e.state_machine_arn IN (${placeholders(query.stateMachineArns)})`, ...query.stateMachineArns);
  if (query.statuses?.length) {
    const unknown = query.statuses.filter((status) => !EXECUTION_STATUSES.includes(status));
    if (unknown.length)
      throw new ExecutionQueryError(
        `Unknown status ${unknown.map((s) => JSON.stringify(s)).join(', ')}: use ${EXECUTION_STATUSES.join(', ')}.`,
      );
    add(`e.status IN (${placeholders(query.statuses)})`, ...query.statuses);
  }
  if (query.errors?.length) {
    const list = placeholders(query.errors);
    add(`(e.error IN (${list}) OR e.group_error IN (${list}))`, ...query.errors, ...query.errors);
  }
  if (query.failingStates?.length) {
    const list = placeholders(query.failingStates);
    add(`(e.failing_state IN (${list}) OR e.group_state IN (${list}))`, ...query.failingStates, ...query.failingStates);
  }
  if (query.from !== undefined) add('e.started_at_ms >= ?', toMs(query.from, 'from'));
  if (query.to !== undefined) add('e.started_at_ms < ?', toMs(query.to, 'to'));
  for (const condition of query.fields ?? []) {
    const { sql, params: values } = fieldCondition(condition, id);
    add(sql, ...values);
  }
  const fts = query.text === undefined ? undefined : toFts5Query(query.text);
  if (fts !== undefined) add(`${id} IN (SELECT rowid FROM executions_text WHERE executions_text MATCH ?)`, fts);
  return { where: clauses.length ? clauses.join(' AND ') : '1', params, fts };
}

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExecutionStatus, HistoryEventRecord } from '@/lib/domain';
import type { ExecutionIndexStore, ExecutionQuery, FieldCondition, IndexedExecution } from '@/lib/execution-index/types';
import { executionArn, failedExecution, indexedExecution, ORDERS, OTHER_SOURCE, payload, REFUNDS, SOURCE, T0 } from './indexed-execution';

/** How the contract reaches a store that keeps its data: where it lives and how to spoil that place. */
export interface PersistentStore {
  /** A place (file, database) no store has used yet. */
  newLocation(): string;
  open(location: string): ExecutionIndexStore | Promise<ExecutionIndexStore>;
  /** Makes the place look written by a newer Statescope (SQLite: a higher PRAGMA user_version). */
  markNewerSchema(location: string): void | Promise<void>;
  /** Fills the place with something that is no store at all (SQLite: bytes that are not a database). */
  writeGarbage(location: string): void | Promise<void>;
}

const MINUTE_MS = 60_000;
const QUERY_ERROR = { name: 'ExecutionQueryError' };

/** The names of a page's executions, in the order given. */
const names = (page: { hits: { execution: IndexedExecution }[] }) => page.hits.map((hit) => hit.execution.name);

/** Every page of a query, following nextCursor. */
async function readAllPages(
  store: ExecutionIndexStore,
  query: ExecutionQuery,
): Promise<{ names: string[]; totals: number[]; pages: number }> {
  const seen: string[] = [];
  const totals: number[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await store.search({ ...query, cursor });
    seen.push(...names(page));
    totals.push(page.total);
    cursor = page.nextCursor;
    pages++;
  } while (cursor !== undefined && pages < 10_000);
  return { names: seen, totals, pages };
}

const event = (id: number, type: string, ms: number, extra: Partial<HistoryEventRecord> = {}): HistoryEventRecord => ({
  id,
  previousEventId: id - 1,
  type,
  timestamp: new Date(T0 + ms),
  ...extra,
});
const EVENTS: HistoryEventRecord[] = [
  event(1, 'ExecutionStarted', 0, { previousEventId: 0 }),
  event(2, 'PassStateEntered', 10, { previousEventId: 0, stateEnteredEventDetails: { name: 'Greet' } }),
  event(3, 'ExecutionSucceeded', 20),
];
const EVENTS_WITH_DATA: HistoryEventRecord[] = [
  event(1, 'ExecutionStarted', 0, { previousEventId: 0, executionStartedEventDetails: { input: '{"order":"ORD-1"}' } }),
  event(2, 'PassStateEntered', 10, { previousEventId: 0, stateEnteredEventDetails: { name: 'Greet', input: '{"order":"ORD-1"}' } }),
  event(3, 'ExecutionSucceeded', 20, { executionSucceededEventDetails: { output: '{"ok":true}' } }),
];
const HISTORY_KEY = { source: SOURCE, executionArn: executionArn('run-1'), startedAt: new Date(T0), redriveCount: 0 };

/** Six executions with payloads of every JSON type, failures with and without a root cause, two sources. */
function searchFixture(): IndexedExecution[] {
  return [
    indexedExecution('a', 1, {
      input: payload({
        order: { id: 'ORD-20483', amount: 950 },
        customer: { name: 'Zoë Müller', tier: 'gold' },
        items: [{ sku: 'SKU-1', qty: 2 }],
        note: 'gift wrap, leave at the door',
        express: true,
        coupon: null,
        order_id: 'x-1',
        größe: 'L',
        'a b': 'spaced',
        'q"x': 'quoted',
      }),
      output: payload({ charged: 950, receipt: 'R-1' }),
    }),
    failedExecution(
      'b',
      2,
      { state: 'Charge', error: 'Payment.Declined', cause: 'Card declined: insufficient funds' },
      {
        input: payload({
          order: { id: 'ORD-20484', amount: 100 },
          customer: { name: 'Bob', tier: 'standard' },
          items: [{ sku: 'SKU-2' }],
          express: false,
        }),
      },
    ),
    indexedExecution('c', 3, {
      status: 'TIMED_OUT',
      error: 'States.Timeout',
      input: payload({ order: { id: 'ORD-30000', amount: '950' } }),
    }),
    failedExecution(
      'd',
      4,
      { state: 'Fail', error: 'States.Runtime', cause: 'Order could not be charged' },
      {
        stateMachineArn: REFUNDS,
        executionArn: executionArn('d', REFUNDS),
        input: payload({ order: { id: 'ORD-40000', amount: 100.5 } }),
        rootCause: { state: 'ChargeCard', error: 'Lambda.Unknown', message: 'Upstream gateway timeout while charging' },
      },
    ),
    indexedExecution('e', 5, { input: payload('{"order":{"id":"ORD-55555","amo', true) }),
    indexedExecution('f', 6, { source: OTHER_SOURCE, input: payload({ order: { id: 'ORD-20483', amount: 950 } }) }),
  ];
}

/**
 * The behaviour every ExecutionIndexStore promises, as Vitest tests: run it for each store (SQLite in
 * a file and in memory today; PostgreSQL later) with a function that opens a new, empty store.
 * `persistent` adds the tests of a store that keeps its data: reopening, a newer schema, garbage.
 */
export function describeExecutionIndexStoreContract(
  name: string,
  openStore: () => ExecutionIndexStore | Promise<ExecutionIndexStore>,
  persistent?: PersistentStore,
): void {
  describe(`${name}: the execution index store contract`, () => {
    let store: ExecutionIndexStore;
    beforeEach(async () => {
      store = await openStore();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('executions', () => {
      it('gives back every field exactly as put, Dates as Dates and absent fields absent', async () => {
        const full = failedExecution(
          'full',
          7,
          { state: 'Fail', error: 'States.TaskFailed', cause: 'Card 4242 declined', normalizedCause: 'Card <n> declined' },
          {
            stateMachineVersionArn: `${ORDERS}:3`,
            stateMachineAliasArn: `${ORDERS}:live`,
            workflowType: 'EXPRESS',
            redriveCount: 2,
            rootCause: { state: 'ChargeCard', error: 'Payment.Declined', message: 'Card 4242 declined' },
            input: payload({ order: { id: 'ORD-1', amount: 12.5 } }),
            output: payload('{"cut":', true),
            transitions: 17,
            costUsd: 0.000425,
            visits: [
              { state: 'ChargeCard', scope: '', status: 'caught', retries: 2, durationMs: 1200, error: 'Payment.Declined', next: 'Fail' },
              { state: 'Fail', scope: 'Items[3]', status: 'failed', retries: 0, durationMs: null },
            ],
            visitsTotal: 2400,
            goneFromSource: false,
          },
        );
        const minimal = indexedExecution('minimal', 8, { status: 'RUNNING' });
        await store.putExecutions([full, minimal]);
        const gotFull = await store.getExecution(SOURCE, full.executionArn);
        const gotMinimal = await store.getExecution(SOURCE, minimal.executionArn);
        expect(gotFull).toEqual(full);
        expect(gotMinimal).toEqual(minimal);
        expect(Object.keys(gotFull ?? {}).sort()).toEqual(Object.keys(full).sort());
        expect(Object.keys(gotMinimal ?? {}).sort()).toEqual(Object.keys(minimal).sort());
        expect(gotFull?.startedAt).toBeInstanceOf(Date);
        expect(gotFull?.stoppedAt).toBeInstanceOf(Date);
        expect(gotFull?.indexedAt).toBeInstanceOf(Date);
        expect(await store.getExecution(OTHER_SOURCE, full.executionArn)).toBeUndefined();
      });

      it('replaces an execution put again, never doubles it, and searches its new payload only', async () => {
        const running = indexedExecution('r', 1, { status: 'RUNNING', input: payload({ order: { id: 'ORD-OLD', amount: 1 } }) });
        await store.putExecutions([running]);
        const finished = indexedExecution('r', 1, { status: 'SUCCEEDED', input: payload({ order: { id: 'ORD-NEW', amount: 2 } }) });
        await store.putExecutions([finished]);
        await store.putExecutions([finished]);
        expect(await store.getExecution(SOURCE, running.executionArn)).toEqual(finished);
        expect((await store.search({})).total).toBe(1);
        expect((await store.stats()).executions).toBe(1);
        expect((await store.search({ text: 'ORD-OLD' })).total).toBe(0);
        expect((await store.search({ text: 'ORD-NEW' })).total).toBe(1);
        expect((await store.search({ fields: [{ path: '$.order.amount', operator: '=', value: 1 }] })).total).toBe(0);
        expect((await store.search({ fields: [{ path: '$.order.amount', operator: '=', value: 2 }] })).total).toBe(1);
      });

      it('keeps the same ARN from two sources apart', async () => {
        const here = indexedExecution('same', 1);
        const there = { ...here, source: OTHER_SOURCE, status: 'FAILED' as const };
        await store.putExecutions([here, there]);
        expect((await store.getExecution(SOURCE, here.executionArn))?.status).toBe('SUCCEEDED');
        expect((await store.getExecution(OTHER_SOURCE, here.executionArn))?.status).toBe('FAILED');
        expect((await store.search({})).total).toBe(2);
      });

      it('stores a batch all or none: one bad record leaves nothing of the batch behind', async () => {
        const kept = indexedExecution('kept', 0);
        await store.putExecutions([kept]);
        const bad = indexedExecution('bad', 3, { startedAt: new Date(Number.NaN) });
        await expect(store.putExecutions([indexedExecution('first', 1), { ...kept, status: 'FAILED' }, bad])).rejects.toThrow();
        expect(await store.getExecution(SOURCE, executionArn('first'))).toBeUndefined();
        expect(await store.getExecution(SOURCE, kept.executionArn)).toEqual(kept);
        expect((await store.search({ text: 'first' })).total).toBe(0);
        expect((await store.stats()).executions).toBe(1);
      });

      it('lists the running and pending-redrive executions of a source, per machine when asked', async () => {
        await store.putExecutions([
          indexedExecution('run', 1, { status: 'RUNNING' }),
          indexedExecution('redrive', 2, { status: 'PENDING_REDRIVE' }),
          indexedExecution('done', 3),
          indexedExecution('refund-run', 4, {
            status: 'RUNNING',
            stateMachineArn: REFUNDS,
            executionArn: executionArn('refund-run', REFUNDS),
          }),
          indexedExecution('elsewhere', 5, { status: 'RUNNING', source: OTHER_SOURCE }),
        ]);
        expect((await store.listUnfinished(SOURCE)).sort()).toEqual(
          [executionArn('run'), executionArn('redrive'), executionArn('refund-run', REFUNDS)].sort(),
        );
        expect((await store.listUnfinished(SOURCE, ORDERS)).sort()).toEqual([executionArn('run'), executionArn('redrive')].sort());
        expect(await store.listUnfinished('http://nowhere')).toEqual([]);
      });

      it('keeps an execution the source no longer returns, marked as archived and still searchable', async () => {
        await store.putExecutions([
          indexedExecution('old', 1, { input: payload({ order: { id: 'ORD-77' } }) }),
          indexedExecution('new', 2),
        ]);
        await store.markGoneFromSource(SOURCE, [executionArn('old'), executionArn('never-indexed')]);
        expect((await store.getExecution(SOURCE, executionArn('old')))?.goneFromSource).toBe(true);
        expect((await store.getExecution(SOURCE, executionArn('new')))?.goneFromSource).toBeUndefined();
        expect(names(await store.search({ text: 'ORD-77' }))).toEqual(['old']);
        await store.markGoneFromSource(OTHER_SOURCE, [executionArn('new')]);
        expect((await store.getExecution(SOURCE, executionArn('new')))?.goneFromSource).toBeUndefined();
      });

      it('deletes executions stopped before the cutoff with their histories, text and fields; running ones stay', async () => {
        const cutoff = new Date(T0 + 10 * MINUTE_MS);
        await store.putExecutions([
          indexedExecution('expired', 1, { input: payload({ order: { id: 'ORD-EXPIRED', amount: 5 } }) }),
          indexedExecution('running', 2, { status: 'RUNNING', input: payload({ order: { id: 'ORD-RUNNING', amount: 5 } }) }),
          indexedExecution('recent', 20, { input: payload({ order: { id: 'ORD-RECENT', amount: 5 } }) }),
        ]);
        const expiredKey = { ...HISTORY_KEY, executionArn: executionArn('expired'), startedAt: new Date(T0 + MINUTE_MS) };
        const recentKey = { ...HISTORY_KEY, executionArn: executionArn('recent'), startedAt: new Date(T0 + 20 * MINUTE_MS) };
        await store.putHistory(expiredKey, 'SUCCEEDED', EVENTS, false);
        await store.putHistory(recentKey, 'SUCCEEDED', EVENTS, false);

        expect(await store.deleteStoppedBefore(cutoff)).toBe(1);
        expect(await store.getExecution(SOURCE, executionArn('expired'))).toBeUndefined();
        expect(await store.getHistory(expiredKey)).toBeUndefined();
        expect(await store.getHistory(recentKey)).toBeDefined();
        expect((await store.search({ text: 'ORD-EXPIRED' })).total).toBe(0);
        expect(names(await store.search({ fields: [{ path: '$.order.amount', operator: '=', value: 5 }] })).sort()).toEqual([
          'recent',
          'running',
        ]);
        expect(await store.stats()).toMatchObject({ executions: 2, histories: 1 });
        expect(await store.deleteStoppedBefore(cutoff)).toBe(0);
      });

      it('counts executions and histories, per source when asked, with the oldest and newest start', async () => {
        expect(await store.stats()).toMatchObject({ executions: 0, histories: 0 });
        expect((await store.stats()).oldestStartedAt).toBeUndefined();
        await store.putExecutions([indexedExecution('a', 1), indexedExecution('b', 9), indexedExecution('c', 5, { source: OTHER_SOURCE })]);
        await store.putHistory(HISTORY_KEY, 'SUCCEEDED', EVENTS, false);
        expect(await store.stats()).toMatchObject({
          executions: 3,
          histories: 1,
          oldestStartedAt: new Date(T0 + MINUTE_MS),
          newestStartedAt: new Date(T0 + 9 * MINUTE_MS),
        });
        expect(await store.stats(OTHER_SOURCE)).toMatchObject({
          executions: 1,
          histories: 0,
          oldestStartedAt: new Date(T0 + 5 * MINUTE_MS),
        });
      });
    });

    describe('search by text', () => {
      beforeEach(async () => {
        await store.putExecutions(searchFixture());
      });

      it('finds a business key as a whole, not its neighbours', async () => {
        const page = await store.search({ source: SOURCE, text: 'ORD-20483' });
        expect(names(page)).toEqual(['a']);
        expect(page.total).toBe(1);
        expect(page.hits[0]?.snippet).toContain('«ORD-20483»');
        expect(page.hits[0]?.snippetField).toBe('input');
      });

      it('ANDs words, keeps "quoted phrases" in order, ignores case and diacritics, and takes a trailing * as a prefix', async () => {
        expect(names(await store.search({ text: 'declined insufficient' }))).toEqual(['b']);
        expect(names(await store.search({ text: 'declined gateway' }))).toEqual([]);
        expect(names(await store.search({ text: '"insufficient funds"' }))).toEqual(['b']);
        expect(names(await store.search({ text: '"funds insufficient"' }))).toEqual([]);
        expect(names(await store.search({ text: 'zoe MULLER' }))).toEqual(['a']);
        expect(names(await store.search({ text: 'Zoë' }))).toEqual(['a']);
        expect(names(await store.search({ source: SOURCE, text: 'ORD-2048*' }))).toEqual(['b', 'a']);
      });

      it('searches the error, the cause and the root cause, and says where the snippet is from', async () => {
        const byError = await store.search({ text: 'Payment.Declined' });
        expect(names(byError)).toEqual(['b']);
        expect(byError.hits[0]).toMatchObject({ snippetField: 'error', snippet: '«Payment.Declined»' });
        const byCause = await store.search({ text: 'insufficient' });
        expect(byCause.hits[0]).toMatchObject({ snippetField: 'cause', snippet: 'Card declined: «insufficient» funds' });
        const byRootCause = await store.search({ text: '"gateway timeout"' });
        expect(names(byRootCause)).toEqual(['d']);
        expect(byRootCause.hits[0]).toMatchObject({ snippetField: 'cause' });
        expect(byRootCause.hits[0]?.snippet).toContain('«gateway timeout»');
        expect(names(await store.search({ text: 'Lambda.Unknown' }))).toEqual(['d']);
      });

      it('searches what is left of a truncated payload as text', async () => {
        expect(names(await store.search({ text: 'ORD-55555' }))).toEqual(['e']);
      });

      it('gives no snippet when only fields were asked for', async () => {
        const page = await store.search({ fields: [{ path: '$.order.id', operator: '=', value: 'ORD-20484' }] });
        expect(page.hits[0]?.snippet).toBeUndefined();
        expect(page.hits[0]?.snippetField).toBeUndefined();
      });

      it.each([
        'ORD-20483',
        'a"b',
        '*',
        '**',
        '"',
        '""',
        '"unclosed phrase',
        'NEAR(',
        'NEAR(a b, 3)',
        'AND',
        'OR NOT',
        '-ORD',
        '^ord',
        'input:ORD',
        '(((',
        '{}',
        "'; DROP TABLE executions; --",
        '%_\\',
        '注文 番号',
        '🙂',
        'tab\there\u0000nul',
        'x'.repeat(2000),
      ])('never fails on the text %j', async (text) => {
        const page = await store.search({ text });
        expect(page.total).toBeGreaterThanOrEqual(0);
        expect(page.hits.length).toBeLessThanOrEqual(page.total);
        expect((await store.stats()).executions).toBe(6);
      });
    });

    describe('search by field', () => {
      beforeEach(async () => {
        await store.putExecutions(searchFixture());
      });

      const cases: [string, FieldCondition, string[]][] = [
        ['= on a number', { path: '$.order.amount', operator: '=', value: 950 }, ['a']],
        ['= on a string is exact and never matches the number', { path: '$.order.amount', operator: '=', value: '950' }, ['c']],
        ['= on a string is exact, case and all', { path: '$.customer.tier', operator: '=', value: 'Gold' }, []],
        [
          '!= keeps other types and values of executions that have the path',
          { path: '$.order.amount', operator: '!=', value: 950 },
          ['b', 'c', 'd'],
        ],
        ['> compares numbers numerically, not strings', { path: '$.order.amount', operator: '>', value: 100 }, ['a', 'd']],
        ['>=', { path: '$.order.amount', operator: '>=', value: 100 }, ['a', 'b', 'd']],
        ['<', { path: '$.order.amount', operator: '<', value: 100.5 }, ['b']],
        ['<=', { path: '$.order.amount', operator: '<=', value: 100.5 }, ['b', 'd']],
        ['> on a string compares strings', { path: '$.order.id', operator: '>', value: 'ORD-3' }, ['c', 'd']],
        ['contains, ignoring case', { path: '$.order.id', operator: 'contains', value: 'ord-2048' }, ['a', 'b']],
        ['contains with LIKE characters taken literally', { path: '$.order.id', operator: 'contains', value: '%' }, []],
        ['exists on a value', { path: '$.customer.tier', operator: 'exists' }, ['a', 'b']],
        ['exists on an object', { path: '$.customer', operator: 'exists' }, ['a', 'b']],
        ['exists on a null', { path: '$.coupon', operator: 'exists' }, ['a']],
        ['= null', { path: '$.coupon', operator: '=', value: null }, ['a']],
        ['= true', { path: '$.express', operator: '=', value: true }, ['a']],
        ['= false', { path: '$.express', operator: '=', value: false }, ['b']],
        ['an array element by index', { path: '$.items[0].sku', operator: '=', value: 'SKU-1' }, ['a']],
        ['["name"] steps', { path: '$["items"][0]["sku"]', operator: '=', value: 'SKU-2' }, ['b']],
        ["['name'] steps", { path: "$['order']['id']", operator: '=', value: 'ORD-20483' }, ['a']],
        ['a name with an underscore', { path: '$.order_id', operator: '=', value: 'x-1' }, ['a']],
        ['a unicode name', { path: '$.größe', operator: '=', value: 'L' }, ['a']],
        ['a name with a space', { path: "$['a b']", operator: '=', value: 'spaced' }, ['a']],
        ['a name with a quote', { path: '$["q\\"x"]', operator: '=', value: 'quoted' }, ['a']],
        ['the output only', { path: '$.charged', operator: '=', value: 950, payload: 'output' }, ['a']],
        ['the input only', { path: '$.charged', operator: '=', value: 950, payload: 'input' }, []],
        ['either payload by default', { path: '$.receipt', operator: 'exists' }, ['a']],
        ['a path nothing has', { path: '$.nothing.here', operator: 'exists' }, []],
      ];
      it.each(cases)('%s', async (_, condition, expected) => {
        const page = await store.search({ source: SOURCE, fields: [condition] });
        expect(names(page).sort()).toEqual(expected);
        expect(page.total).toBe(expected.length);
      });

      it('ANDs conditions with each other and with text and filters', async () => {
        const amount: FieldCondition = { path: '$.order.amount', operator: '>=', value: 100 };
        expect(
          names(await store.search({ source: SOURCE, fields: [amount, { path: '$.customer.tier', operator: '=', value: 'standard' }] })),
        ).toEqual(['b']);
        expect(names(await store.search({ source: SOURCE, fields: [amount], text: 'gift' }))).toEqual(['a']);
        expect(names(await store.search({ source: SOURCE, fields: [amount], statuses: ['FAILED'] }))).toEqual(['d', 'b']);
      });

      it.each(['order.id', '$..id', '$.items[*].sku', '$.items[-1]', '$[?(@.a)]', '$.a[', '$.', "$['open", '$.a b', '$.items[0:2]'])(
        'refuses the path %j with a message naming it',
        async (path) => {
          const search = store.search({ fields: [{ path, operator: 'exists' }] });
          await expect(search).rejects.toMatchObject(QUERY_ERROR);
          await expect(store.search({ fields: [{ path, operator: 'exists' }] })).rejects.toThrow(JSON.stringify(path));
        },
      );

      it.each<[string, FieldCondition]>([
        ['> with a boolean', { path: '$.a', operator: '>', value: true }],
        ['contains with a number', { path: '$.a', operator: 'contains', value: 3 }],
        ['= without a value', { path: '$.a', operator: '=' }],
        ['exists with a value', { path: '$.a', operator: 'exists', value: 1 }],
        ['an unknown operator', { path: '$.a', operator: 'like' as FieldCondition['operator'], value: 'x' }],
        ['an unknown payload', { path: '$.a', operator: 'exists', payload: 'error' as FieldCondition['payload'] }],
      ])('refuses %s with a clear error', async (_, condition) => {
        await expect(store.search({ fields: [condition] })).rejects.toMatchObject(QUERY_ERROR);
      });
    });

    describe('search filters and paging', () => {
      beforeEach(async () => {
        await store.putExecutions(searchFixture());
      });

      it('filters by source, machine, status, error and failing state (own or root cause), and start time', async () => {
        expect(names(await store.search({ source: OTHER_SOURCE }))).toEqual(['f']);
        expect(names(await store.search({ stateMachineArns: [REFUNDS] }))).toEqual(['d']);
        expect(names(await store.search({ statuses: ['FAILED', 'TIMED_OUT'] }))).toEqual(['d', 'c', 'b']);
        expect(names(await store.search({ errors: ['Payment.Declined'] }))).toEqual(['b']);
        expect(names(await store.search({ errors: ['States.Runtime'] }))).toEqual(['d']);
        expect(names(await store.search({ errors: ['Lambda.Unknown'] }))).toEqual(['d']);
        expect(names(await store.search({ failingStates: ['Charge'] }))).toEqual(['b']);
        expect(names(await store.search({ failingStates: ['ChargeCard'] }))).toEqual(['d']);
        expect(names(await store.search({ from: new Date(T0 + 2 * MINUTE_MS), to: new Date(T0 + 4 * MINUTE_MS) }))).toEqual(['c', 'b']);
        expect(names(await store.search({ statuses: [] }))).toHaveLength(6);
      });

      it('lists newest first, then by ARN, with a total of every match', async () => {
        await store.putExecutions([indexedExecution('tie-z', 6), indexedExecution('tie-a', 6)]);
        const page = await store.search({ source: SOURCE, limit: 3 });
        expect(names(page)).toEqual(['tie-a', 'tie-z', 'e']);
        expect(page.total).toBe(7);
        expect(page.nextCursor).toBeDefined();
      });

      it('pages through every hit exactly once, ties included, and ends without a cursor', async () => {
        await store.putExecutions(Array.from({ length: 23 }, (_, i) => indexedExecution(`p${String(i).padStart(2, '0')}`, 100 + (i % 4))));
        const all = await readAllPages(store, { source: SOURCE, limit: 4 });
        expect(all.names).toHaveLength(28);
        expect(new Set(all.names).size).toBe(28);
        expect(all.totals.every((total) => total === 28)).toBe(true);
        expect(all.pages).toBe(7);
        const single = await store.search({ source: SOURCE, limit: 500 });
        expect(names(single)).toEqual(all.names);
        expect(single.nextCursor).toBeUndefined();
      });

      it('pages 50 at a time unless told', async () => {
        await store.putExecutions(Array.from({ length: 60 }, (_, i) => indexedExecution(`n${i}`, 200 + i)));
        const page = await store.search({});
        expect(page.hits).toHaveLength(50);
        expect(page.total).toBe(66);
      });

      it.each([0, -1, 501, 2.5, Number.NaN])('refuses the page size %s', async (limit) => {
        await expect(store.search({ limit })).rejects.toMatchObject(QUERY_ERROR);
      });

      it.each(['not-a-cursor', '', 'W10', Buffer.from('[1,2,3]').toString('base64url')])('refuses the cursor %j', async (cursor) => {
        await expect(store.search({ cursor })).rejects.toMatchObject(QUERY_ERROR);
      });

      it('refuses an unknown status', async () => {
        await expect(store.search({ statuses: ['BROKEN' as ExecutionStatus] })).rejects.toMatchObject(QUERY_ERROR);
      });
    });

    it('pages any query with any limit to each match exactly once, in order (property)', async () => {
      const statuses: ExecutionStatus[] = ['SUCCEEDED', 'FAILED', 'RUNNING', 'ABORTED'];
      const arbitraryExecution = fc.record({
        minute: fc.integer({ min: 0, max: 5 }),
        status: fc.constantFrom(...statuses),
        amount: fc.integer({ min: 0, max: 3 }),
        source: fc.constantFrom(SOURCE, OTHER_SOURCE),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(arbitraryExecution, { maxLength: 30 }),
          fc.integer({ min: 1, max: 7 }),
          fc.subarray(statuses),
          fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
          async (specs, limit, wanted, minAmount) => {
            const fresh = await openStore();
            try {
              const records = specs.map((spec, i) =>
                indexedExecution(`x${i}`, spec.minute, {
                  status: spec.status,
                  source: spec.source,
                  input: payload({ amount: spec.amount }),
                }),
              );
              await fresh.putExecutions(records);
              const fields: FieldCondition[] = minAmount === undefined ? [] : [{ path: '$.amount', operator: '>=', value: minAmount }];
              const expected = records
                .filter(
                  (r) =>
                    (wanted.length === 0 || wanted.includes(r.status)) &&
                    (minAmount === undefined || specs[Number(r.name.slice(1))]!.amount >= minAmount),
                )
                .sort(
                  (a, b) =>
                    b.startedAt.getTime() - a.startedAt.getTime() ||
                    (a.executionArn < b.executionArn ? -1 : a.executionArn > b.executionArn ? 1 : 0) ||
                    (a.source < b.source ? -1 : 1),
                )
                .map((r) => r.name);
              const all = await readAllPages(fresh, { statuses: wanted, fields, limit });
              expect(all.names).toEqual(expected);
              expect(all.totals.every((total) => total === expected.length)).toBe(true);
            } finally {
              await fresh.close();
            }
          },
        ),
        { numRuns: 40 },
      );
    });

    describe('failure groups', () => {
      const declined = { state: 'Charge', error: 'Payment.Declined', cause: 'Card 4242 declined', normalizedCause: 'Card <n> declined' };
      const timeout = { state: 'Reserve', error: 'States.Timeout', cause: 'Timed out', normalizedCause: 'Timed out' };
      beforeEach(async () => {
        await store.putExecutions([
          failedExecution('d1', 0, declined),
          failedExecution('d2', 30, { ...declined, cause: 'Card 1111 declined' }),
          failedExecution('d3', 59, declined),
          failedExecution('d4', 45, declined),
          failedExecution('t1', 10, timeout, { status: 'TIMED_OUT' }),
          indexedExecution('ab', 20, { status: 'ABORTED' }),
          // A Fail state reached through a caught error groups under the state and error that raised it.
          failedExecution(
            'r1',
            40,
            { state: 'Fail', error: 'States.Runtime', cause: 'x' },
            { rootCause: { state: 'ChargeCard', error: 'Lambda.Unknown' } },
          ),
          indexedExecution('ok1', 5),
          indexedExecution('ok2', 50),
          indexedExecution('run', 55, { status: 'RUNNING' }),
          failedExecution('refund', 15, declined, { stateMachineArn: REFUNDS, executionArn: executionArn('refund', REFUNDS) }),
          failedExecution('far', 15, declined, { source: OTHER_SOURCE }),
        ]);
      });

      it('groups failed, timed-out and aborted executions by machine, state, error and normalized cause, largest first', async () => {
        const groups = await store.failureGroups({ source: SOURCE, from: new Date(T0), to: new Date(T0 + 60 * MINUTE_MS), buckets: 6 });
        expect(groups.map((g) => [g.stateMachineArn, g.state, g.error, g.cause, g.count])).toEqual([
          [ORDERS, 'Charge', 'Payment.Declined', 'Card <n> declined', 4],
          [ORDERS, 'ChargeCard', 'Lambda.Unknown', 'x', 1],
          [ORDERS, '', '', '', 1],
          [REFUNDS, 'Charge', 'Payment.Declined', 'Card <n> declined', 1],
          [ORDERS, 'Reserve', 'States.Timeout', 'Timed out', 1],
        ]);
        const top = groups[0]!;
        expect(top.firstSeen).toEqual(new Date(T0));
        expect(top.lastSeen).toEqual(new Date(T0 + 59 * MINUTE_MS));
        expect(top.sampleExecutionArns).toEqual(['d3', 'd4', 'd2', 'd1'].map((n) => executionArn(n)));
        // 10 executions of orders in the window (the running one counts), 4 of them this group.
        expect(top.shareOfMachine).toBeCloseTo(4 / 10, 10);
        expect(groups[3]?.shareOfMachine).toBe(1);
      });

      it('splits the window into equal buckets whose counts add up to each group', async () => {
        const groups = await store.failureGroups({ source: SOURCE, from: new Date(T0), to: new Date(T0 + 60 * MINUTE_MS), buckets: 6 });
        const top = groups[0]!;
        expect(top.trend.map((bucket) => bucket.start)).toEqual([0, 10, 20, 30, 40, 50].map((m) => new Date(T0 + m * MINUTE_MS)));
        expect(top.trend.map((bucket) => bucket.count)).toEqual([1, 0, 0, 1, 1, 1]);
        for (const group of groups) {
          expect(group.trend).toHaveLength(6);
          expect(group.trend.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(group.count);
        }
      });

      it('without a window spans the failures found, 24 buckets, 5 samples by default', async () => {
        const groups = await store.failureGroups({ source: SOURCE });
        const top = groups[0]!;
        expect(top.count).toBe(4);
        expect(top.trend).toHaveLength(24);
        expect(top.trend[0]?.start).toEqual(new Date(T0));
        expect(top.trend.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(4);
        expect(top.trend.at(-1)?.count).toBe(1);
        const limited = await store.failureGroups({ source: SOURCE, samples: 2 });
        expect(limited[0]?.sampleExecutionArns).toEqual([executionArn('d3'), executionArn('d4')]);
      });

      it('counts only failures started in the window, of the machines asked for', async () => {
        const groups = await store.failureGroups({
          source: SOURCE,
          stateMachineArns: [ORDERS],
          from: new Date(T0 + 30 * MINUTE_MS),
          to: new Date(T0 + 59 * MINUTE_MS),
        });
        expect(groups.map((g) => [g.error, g.count])).toEqual([
          ['Payment.Declined', 2],
          ['Lambda.Unknown', 1],
        ]);
        // orders started in [30, 59): d2, d4, r1, ok2, run.
        expect(groups[0]?.shareOfMachine).toBeCloseTo(2 / 5, 10);
        expect(await store.failureGroups({ source: 'http://nowhere' })).toEqual([]);
      });

      it('lists a group’s executions through search by its machine, state and error', async () => {
        const [top] = await store.failureGroups({ source: SOURCE });
        const page = await store.search({
          source: SOURCE,
          stateMachineArns: [top!.stateMachineArn],
          failingStates: [top!.state],
          errors: [top!.error],
        });
        expect(page.total).toBe(top!.count);
        const [root] = (await store.failureGroups({ source: SOURCE })).filter((g) => g.error === 'Lambda.Unknown');
        expect(names(await store.search({ source: SOURCE, failingStates: [root!.state], errors: [root!.error] }))).toEqual(['r1']);
      });

      it.each([{ buckets: 0 }, { buckets: 1.5 }, { samples: -1 }, { from: new Date(T0 + 1), to: new Date(T0) }])(
        'refuses %j',
        async (query) => {
          await expect(store.failureGroups(query)).rejects.toMatchObject(QUERY_ERROR);
        },
      );
    });

    describe('histories', () => {
      it('gives back a finished history with its Dates, status and whether it holds execution data', async () => {
        expect(await store.putHistory(HISTORY_KEY, 'SUCCEEDED', EVENTS, false)).toBe(true);
        const stored = await store.getHistory(HISTORY_KEY);
        expect(stored).toMatchObject({ events: EVENTS, includesData: false, status: 'SUCCEEDED' });
        expect(stored?.events[1]?.timestamp).toEqual(new Date(T0 + 10));
        expect(stored?.storedAt).toBeInstanceOf(Date);
      });

      it.each(['RUNNING', 'PENDING_REDRIVE'] as const)('refuses to store a %s execution’s history', async (status) => {
        expect(await store.putHistory(HISTORY_KEY, status, EVENTS, true)).toBe(false);
        expect(await store.getHistory(HISTORY_KEY)).toBeUndefined();
        expect((await store.stats()).histories).toBe(0);
      });

      it('keeps the same ARN from another source, another start or another redrive apart', async () => {
        await store.putHistory(HISTORY_KEY, 'FAILED', EVENTS, false);
        expect(await store.getHistory({ ...HISTORY_KEY, source: OTHER_SOURCE })).toBeUndefined();
        expect(await store.getHistory({ ...HISTORY_KEY, startedAt: new Date(T0 + 1) })).toBeUndefined();
        // A redrive appends to a FAILED history, so the copy from before it must not be served.
        expect(await store.getHistory({ ...HISTORY_KEY, redriveCount: 1 })).toBeUndefined();
        expect((await store.getHistory({ ...HISTORY_KEY, redriveCount: undefined }))?.events).toEqual(EVENTS);
      });

      it('never replaces a history with data by one without; the reverse upgrades it', async () => {
        await store.putHistory(HISTORY_KEY, 'SUCCEEDED', EVENTS, false);
        await store.putHistory(HISTORY_KEY, 'SUCCEEDED', EVENTS_WITH_DATA, true);
        expect(await store.getHistory(HISTORY_KEY)).toMatchObject({ includesData: true, events: EVENTS_WITH_DATA });
        expect(await store.putHistory(HISTORY_KEY, 'SUCCEEDED', EVENTS, false)).toBe(true);
        expect(await store.getHistory(HISTORY_KEY)).toMatchObject({ includesData: true, events: EVENTS_WITH_DATA });
        expect((await store.stats()).histories).toBe(1);
      });

      it('round-trips a long history', async () => {
        const long = Array.from({ length: 5000 }, (_, i) =>
          event(i + 1, i % 2 ? 'TaskStateEntered' : 'TaskScheduled', i, {
            stateEnteredEventDetails: { name: `Step${i % 7}`, input: `{"i":${i}}` },
          }),
        );
        await store.putHistory(HISTORY_KEY, 'SUCCEEDED', long, true);
        expect((await store.getHistory(HISTORY_KEY))?.events).toEqual(long);
      });
    });

    describe('sync cursors', () => {
      it('keeps one cursor per source and machine, replaced by the next, optional fields absent', async () => {
        expect(await store.getSyncCursor(SOURCE, ORDERS)).toBeUndefined();
        const first = {
          source: SOURCE,
          stateMachineArn: ORDERS,
          newestStartedAt: new Date(T0),
          resumeToken: 'token-1',
          updatedAt: new Date(T0 + 5),
        };
        await store.putSyncCursor(first);
        expect(await store.getSyncCursor(SOURCE, ORDERS)).toEqual(first);
        const second = { source: SOURCE, stateMachineArn: ORDERS, oldestStartedAt: new Date(T0 - 1), updatedAt: new Date(T0 + 9) };
        await store.putSyncCursor(second);
        const got = await store.getSyncCursor(SOURCE, ORDERS);
        expect(got).toEqual(second);
        expect(Object.keys(got ?? {}).sort()).toEqual(Object.keys(second).sort());
        expect(await store.getSyncCursor(OTHER_SOURCE, ORDERS)).toBeUndefined();
        expect(await store.getSyncCursor(SOURCE, REFUNDS)).toBeUndefined();
      });
    });

    describe('counts per machine, status and time bucket', () => {
      const zero = { started: 0, succeeded: 0, failed: 0, timedOut: 0, aborted: 0, running: 0, pendingRedrive: 0 };
      const stoppedAfter = (minutes: number, seconds: number) => new Date(T0 + minutes * MINUTE_MS + seconds * 1000);
      const window = { source: SOURCE, from: new Date(T0), to: new Date(T0 + 30 * MINUTE_MS), bucketMs: 10 * MINUTE_MS };
      beforeEach(async () => {
        await store.putExecutions([
          // Started before the window, closed in its first bucket: a success, not a start, of the window.
          indexedExecution('early', -5, { stoppedAt: stoppedAfter(2, 0) }),
          indexedExecution('ok-1', 1, { stoppedAt: stoppedAfter(1, 2) }),
          indexedExecution('ok-2', 3, { stoppedAt: stoppedAfter(3, 10) }),
          failedExecution('bad-1', 4, { state: 'Charge', error: 'Declined', cause: 'no' }, { stoppedAt: stoppedAfter(4, 30) }),
          // Started in the first bucket, closed in the second: a start of the first, a timeout of the second.
          indexedExecution('slow', 8, { status: 'TIMED_OUT', stoppedAt: stoppedAfter(12, 0) }),
          indexedExecution('stopped', 15, { status: 'ABORTED', stoppedAt: stoppedAfter(15, 1) }),
          indexedExecution('running', 25, { status: 'RUNNING' }),
          indexedExecution('redrive', 26, { status: 'PENDING_REDRIVE' }),
          // Started at the window's end: outside it.
          indexedExecution('after', 30, { stoppedAt: stoppedAfter(30, 1) }),
          indexedExecution('refund', 5, { stateMachineArn: REFUNDS, stoppedAt: stoppedAfter(5, 1) }),
          indexedExecution('elsewhere', 5, { source: OTHER_SOURCE, stoppedAt: stoppedAfter(5, 1) }),
        ]);
      });

      it('counts starts by start time and closings by stop time, per bucket, per machine, of one source', async () => {
        const [orders, refunds, unknown] = await store.countExecutions({
          ...window,
          stateMachineArns: [ORDERS, REFUNDS, `${ORDERS}-none`],
        });
        expect(orders?.stateMachineArn).toBe(ORDERS);
        expect(orders?.buckets.map((bucket) => [bucket.start, bucket.end])).toEqual([
          [new Date(T0), new Date(T0 + 10 * MINUTE_MS)],
          [new Date(T0 + 10 * MINUTE_MS), new Date(T0 + 20 * MINUTE_MS)],
          [new Date(T0 + 20 * MINUTE_MS), new Date(T0 + 30 * MINUTE_MS)],
        ]);
        expect(orders?.buckets.map((bucket) => bucket.counts)).toEqual([
          { ...zero, started: 4, succeeded: 3, failed: 1 },
          { ...zero, started: 1, timedOut: 1, aborted: 1 },
          { ...zero, started: 2, running: 1, pendingRedrive: 1 },
        ]);
        expect(orders?.total).toEqual({ started: 7, succeeded: 3, failed: 1, timedOut: 1, aborted: 1, running: 1, pendingRedrive: 1 });
        expect(orders?.durations).toBeUndefined();
        expect(refunds?.total).toEqual({ ...zero, started: 1, succeeded: 1 });
        expect(unknown?.total).toEqual(zero);
        expect(unknown?.buckets).toHaveLength(3);
      });

      it('ends the last bucket at the window’s end when the length does not divide it', async () => {
        const [orders] = await store.countExecutions({ ...window, stateMachineArns: [ORDERS], to: new Date(T0 + 25 * MINUTE_MS) });
        expect(orders?.buckets.at(-1)).toMatchObject({ start: new Date(T0 + 20 * MINUTE_MS), end: new Date(T0 + 25 * MINUTE_MS) });
        expect(orders?.buckets.at(-1)?.counts).toEqual(zero);
      });

      it('gives the durations of executions closed in the window, and per bucket when asked', async () => {
        const [orders] = await store.countExecutions({ ...window, stateMachineArns: [ORDERS], durations: 'buckets' });
        // Closed in the window: early 7 min, ok-1 2 s, ok-2 10 s, bad-1 30 s, slow 4 min, stopped 1 s.
        expect(orders?.durations).toEqual({
          count: 6,
          p50Ms: 10_000,
          p90Ms: 420_000,
          p99Ms: 420_000,
          averageMs: (420_000 + 2_000 + 10_000 + 30_000 + 240_000 + 1_000) / 6,
          maximumMs: 420_000,
        });
        expect(orders?.buckets.map((bucket) => bucket.durations?.count)).toEqual([4, 2, 0]);
        expect(orders?.buckets[1]?.durations).toMatchObject({ p50Ms: 1_000, maximumMs: 240_000 });
        expect(orders?.buckets[2]?.durations).toEqual({ count: 0 });
        const [windowOnly] = await store.countExecutions({ ...window, stateMachineArns: [ORDERS], durations: 'window' });
        expect(windowOnly?.durations?.count).toBe(6);
        expect(windowOnly?.buckets[0]?.durations).toBeUndefined();
      });

      it('refuses a window that ends before it starts, a bucket that is no length, or too many buckets', async () => {
        await expect(store.countExecutions({ ...window, stateMachineArns: [ORDERS], to: new Date(T0) })).rejects.toMatchObject(QUERY_ERROR);
        await expect(store.countExecutions({ ...window, stateMachineArns: [ORDERS], bucketMs: 0 })).rejects.toMatchObject(QUERY_ERROR);
        await expect(store.countExecutions({ ...window, stateMachineArns: [ORDERS], bucketMs: 1 })).rejects.toMatchObject({
          ...QUERY_ERROR,
          message: 'Counting into 1800000 buckets is too many: at most 10000; use longer buckets.',
        });
      });

      it('counts 2,000 executions exactly, whatever the bucket (property)', async () => {
        const records = Array.from({ length: 2000 }, (_, i) =>
          indexedExecution(`many-${i}`, (i * 7) % 600, { stateMachineArn: REFUNDS, status: i % 5 === 0 ? 'FAILED' : 'SUCCEEDED' }),
        );
        await store.putExecutions(records);
        await fc.assert(
          fc.asyncProperty(fc.integer({ min: 1, max: 600 }), async (bucketMinutes) => {
            const [refunds] = await store.countExecutions({
              source: SOURCE,
              stateMachineArns: [REFUNDS],
              from: new Date(T0),
              to: new Date(T0 + 600 * MINUTE_MS),
              bucketMs: bucketMinutes * MINUTE_MS,
            });
            const sum = (key: 'started' | 'failed') => refunds?.buckets.reduce((total, bucket) => total + bucket.counts[key], 0);
            expect(refunds?.buckets).toHaveLength(Math.ceil(600 / bucketMinutes));
            // 2,000 of the generated ones plus the fixture's refund.
            expect(sum('started')).toBe(2001);
            expect(sum('failed')).toBe(400);
          }),
          { numRuns: 20 },
        );
      });
    });

    describe('reach', () => {
      const cursor = (overrides: object) => ({
        source: SOURCE,
        stateMachineArn: ORDERS,
        updatedAt: new Date(T0 + 60 * MINUTE_MS),
        ...overrides,
      });

      it('is not complete for a machine never synced, or while its first walk is under way', async () => {
        expect(await store.readIndexReach(SOURCE, [ORDERS])).toEqual([{ stateMachineArn: ORDERS, synced: false }]);
        await store.putSyncCursor(cursor({ oldestStartedAt: new Date(T0), resumeToken: 'walk' }));
        expect(await store.readIndexReach(SOURCE, [ORDERS])).toEqual([{ stateMachineArn: ORDERS, synced: false }]);
      });

      it('is complete from what the walks listed to the last finished walk; to the newest start indexed while another walk runs', async () => {
        await store.putSyncCursor(cursor({ oldestStartedAt: new Date(T0), newestStartedAt: new Date(T0 + 50 * MINUTE_MS) }));
        await store.putSyncCursor(cursor({ stateMachineArn: REFUNDS, updatedAt: new Date(T0 + 5) }));
        expect(await store.readIndexReach(SOURCE, [ORDERS, REFUNDS])).toEqual([
          { stateMachineArn: ORDERS, synced: true, oldestListed: new Date(T0), completeUntil: new Date(T0 + 60 * MINUTE_MS) },
          // Synced, nothing listed.
          { stateMachineArn: REFUNDS, synced: true, completeUntil: new Date(T0 + 5) },
        ]);
        await store.putSyncCursor(
          cursor({
            oldestStartedAt: new Date(T0),
            newestStartedAt: new Date(T0 + 50 * MINUTE_MS),
            resumeToken: 'walk',
            updatedAt: new Date(T0 + 90 * MINUTE_MS),
          }),
        );
        expect(await store.readIndexReach(SOURCE, [ORDERS])).toEqual([
          { stateMachineArn: ORDERS, synced: true, oldestListed: new Date(T0), completeUntil: new Date(T0 + 50 * MINUTE_MS) },
        ]);
        expect(await store.readIndexReach(OTHER_SOURCE, [ORDERS])).toEqual([{ stateMachineArn: ORDERS, synced: false }]);
      });

      it('says the latest retention cutoff applied, and leaves the cursors as the sync wrote them', async () => {
        await store.putSyncCursor(cursor({ oldestStartedAt: new Date(T0), newestStartedAt: new Date(T0 + 50 * MINUTE_MS) }));
        await store.deleteStoppedBefore(new Date(T0 + 30 * MINUTE_MS));
        await store.deleteStoppedBefore(new Date(T0 + 20 * MINUTE_MS));
        expect(await store.readIndexReach(SOURCE, [ORDERS])).toEqual([
          {
            stateMachineArn: ORDERS,
            synced: true,
            oldestListed: new Date(T0),
            completeUntil: new Date(T0 + 60 * MINUTE_MS),
            retentionCutoff: new Date(T0 + 30 * MINUTE_MS),
          },
        ]);
        expect((await store.getSyncCursor(SOURCE, ORDERS))?.oldestStartedAt).toEqual(new Date(T0));
      });
    });
  });

  if (!persistent) return;
  describe(`${name}: a store that keeps its data`, () => {
    it('keeps everything after it is closed and opened again', async () => {
      const location = persistent.newLocation();
      const first = await persistent.open(location);
      const records = searchFixture();
      await first.putExecutions(records);
      await first.putHistory(HISTORY_KEY, 'SUCCEEDED', EVENTS, false);
      const cursor = { source: SOURCE, stateMachineArn: ORDERS, newestStartedAt: new Date(T0), updatedAt: new Date(T0) };
      await first.putSyncCursor(cursor);
      await first.close();

      const again = await persistent.open(location);
      try {
        for (const record of records) expect(await again.getExecution(record.source, record.executionArn)).toEqual(record);
        expect((await again.getHistory(HISTORY_KEY))?.events).toEqual(EVENTS);
        expect(await again.getSyncCursor(SOURCE, ORDERS)).toEqual(cursor);
        expect(names(await again.search({ source: SOURCE, text: 'ORD-20483' }))).toEqual(['a']);
        expect(names(await again.search({ source: SOURCE, fields: [{ path: '$.order.amount', operator: '>', value: 900 }] }))).toEqual([
          'a',
        ]);
        expect((await again.failureGroups({ source: SOURCE })).length).toBe(3);
      } finally {
        await again.close();
      }
    });

    it('refuses a store written by a newer Statescope, naming it and what to do', async () => {
      const location = persistent.newLocation();
      await (await persistent.open(location)).close();
      await persistent.markNewerSchema(location);
      const opening = (async () => persistent.open(location))();
      await expect(opening).rejects.toThrow(location);
      await expect((async () => persistent.open(location))()).rejects.toThrow(/newer Statescope.*Update Statescope/);
    });

    it('refuses something that is no store, naming it, without a raw database error', async () => {
      const location = persistent.newLocation();
      await persistent.writeGarbage(location);
      const opening = (async () => persistent.open(location))();
      await expect(opening).rejects.toThrow(`The execution index ${location}`);
      await expect((async () => persistent.open(location))()).rejects.not.toMatchObject({ name: 'SqliteError' });
    });
  });
}

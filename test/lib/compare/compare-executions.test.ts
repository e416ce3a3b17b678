import { describe, expect, it } from 'vitest';
import { compareExecutions } from '@/lib/compare/compare-executions';
import { describeDivergence, describeInputDifference } from '@/lib/compare/describe-divergence';
import type { ExecutionView, VisitView } from '@/lib/view-model/types';
import { groupView, visitView } from '../../support/view-model/visit-view';

function view(visits: VisitView[], fields: Partial<ExecutionView> = {}): ExecutionView {
  return {
    status: 'SUCCEEDED',
    startMs: 0,
    stopMs: 1000,
    durationMs: 1000,
    error: null,
    cause: null,
    visits,
    failure: null,
    caught: [],
    eventCount: 10,
    partial: false,
    warnings: [],
    ...fields,
  };
}

const attempt = (status: VisitView['status']) => ({ number: 1, status, startMs: null, endMs: null, durationMs: null, backoffMs: null });

/** The demo's order workflow, fulfilled: ValidateOrder → VerifyPayment → ReserveInventory → SendConfirmation. */
const fulfilled = view([
  visitView(2, 'ValidateOrder', { input: '{"orderId":"ORD-1"}' }),
  visitView(5, 'VerifyPayment', { type: 'Task', input: '{"orderId":"ORD-1"}', attempts: [attempt('succeeded')], durationMs: 40 }),
  visitView(9, 'ReserveInventory', { input: '{"ok":true}' }),
  visitView(12, 'SendConfirmation'),
]);
/** Declined: VerifyPayment's error is caught into NotifyCustomerFailedPayment, a Fail state. */
const declined = view(
  [
    visitView(2, 'ValidateOrder', { input: '{ "orderId": "ORD-1" }' }),
    visitView(5, 'VerifyPayment', {
      type: 'Task',
      status: 'caught',
      input: '{"orderId":"ORD-2"}',
      error: 'PaymentVerificationFailed',
      caught: { error: 'PaymentVerificationFailed', next: 'NotifyCustomerFailedPayment' },
      attempts: [attempt('failed'), attempt('caught')],
      durationMs: 90,
    }),
    visitView(9, 'NotifyCustomerFailedPayment', { type: 'Fail', status: 'failed' }),
  ],
  { status: 'FAILED' },
);

describe('compareExecutions', () => {
  it('names the first state whose outcome or next state differs, and what each side did there', () => {
    const c = compareExecutions(declined, fulfilled);
    expect(c.firstDivergence).toMatchObject({
      state: 'VerifyPayment',
      scope: '',
      a: { outcome: 'caught', next: 'NotifyCustomerFailedPayment', error: 'PaymentVerificationFailed' },
      b: { outcome: 'succeeded', next: 'ReserveInventory' },
    });
    expect(describeDivergence(c.firstDivergence!)).toBe(
      'VerifyPayment — caught in A (PaymentVerificationFailed), succeeded in B; next state NotifyCustomerFailedPayment in A, ReserveInventory in B',
    );
  });

  it('ignores whitespace in inputs, so the first input difference is the first real one', () => {
    const c = compareExecutions(declined, fulfilled);
    expect(c.states.find((s) => s.name === 'ValidateOrder')?.inputDiffers).toBe(false);
    expect(c.firstInputDifference?.state).toBe('VerifyPayment');
    expect(describeInputDifference(c.firstInputDifference!)).toBe('VerifyPayment — its input differs');
  });

  it('lists states in the order they ran, with the ones only one side ran, and their durations and retries', () => {
    const c = compareExecutions(declined, fulfilled);
    expect(c.states.map((s) => [s.name, s.a?.outcome ?? '-', s.b?.outcome ?? '-'])).toEqual([
      ['ValidateOrder', 'succeeded', 'succeeded'],
      ['VerifyPayment', 'caught', 'succeeded'],
      ['NotifyCustomerFailedPayment', 'failed', '-'],
      ['ReserveInventory', '-', 'succeeded'],
      ['SendConfirmation', '-', 'succeeded'],
    ]);
    const verify = c.states[1]!;
    expect([verify.a?.retries, verify.a?.durationMs, verify.b?.retries, verify.b?.durationMs]).toEqual([1, 90, 0, 40]);
    expect(c.onlyA).toEqual(['NotifyCustomerFailedPayment']);
    expect(c.onlyB).toEqual(['ReserveInventory', 'SendConfirmation']);
  });

  it('calls a success after a retry "retried", a divergence from a first-try success', () => {
    const retried = view([visitView(2, 'Charge', { type: 'Task', attempts: [attempt('failed'), attempt('succeeded')] })]);
    const once = view([visitView(2, 'Charge', { type: 'Task', attempts: [attempt('succeeded')] })]);
    expect(compareExecutions(retried, once).firstDivergence).toMatchObject({
      state: 'Charge',
      a: { outcome: 'retried' },
      b: { outcome: 'succeeded' },
    });
  });

  it('aligns the n-th visit of a state in a loop with the n-th on the other side', () => {
    const loop = (n: number) => view(Array.from({ length: n }, (_, i) => visitView(2 + i * 3, 'Poll')));
    const c = compareExecutions(loop(3), loop(2));
    expect(c.states.map((s) => [s.key, Boolean(s.a), Boolean(s.b)])).toEqual([
      ['Poll#1', true, true],
      ['Poll#2', true, true],
      ['Poll#3', true, false],
    ]);
    // The second Poll went on to a third in A, and ended the execution in B.
    expect(c.firstDivergence).toMatchObject({ state: 'Poll', a: { next: 'Poll' }, b: { next: null } });
  });

  it('compares Map iterations by index and summarises their outcomes', () => {
    const map = (statuses: VisitView['status'][]) =>
      view([
        visitView(2, 'Items', {
          type: 'Map',
          groups: statuses.map((status, index) => groupView(2, index, [visitView(10 + index * 5, 'Work', { status })], { status })),
        }),
      ]);
    const c = compareExecutions(map(['succeeded', 'failed', 'succeeded']), map(['succeeded', 'succeeded']));
    const items = c.states.find((s) => s.name === 'Items')!;
    expect(items.groups).toEqual({
      kind: 'MapIteration',
      a: { total: 3, failed: 1, caught: 0 },
      b: { total: 2, failed: 0, caught: 0 },
      differing: [1, 2],
      differingCount: 2,
    });
    expect(c.firstDivergence).toMatchObject({ state: 'Work', scope: 'Items[1]', a: { outcome: 'failed' }, b: { outcome: 'succeeded' } });
    expect(c.states.filter((s) => s.name === 'Work').map((s) => [s.scope, s.nodeId, s.depth])).toEqual([
      ['Items[0]', 'Items/Work', 1],
      ['Items[1]', 'Items/Work', 1],
      ['Items[2]', 'Items/Work', 1],
    ]);
  });

  it('says when a differing input was truncated by AWS', () => {
    const a = view([visitView(2, 'Big', { input: '{"a":1', inputTruncated: true })]);
    const b = view([visitView(2, 'Big', { input: '{"a":2}' })]);
    const c = compareExecutions(a, b);
    expect(c.firstInputDifference).toMatchObject({ state: 'Big', truncated: true });
    expect(describeInputDifference(c.firstInputDifference!)).toContain('truncated by AWS');
  });

  it('finds no divergence between an execution and itself', () => {
    const c = compareExecutions(declined, declined);
    expect(c.firstDivergence).toBeNull();
    expect(c.firstInputDifference).toBeNull();
    expect(c.onlyA).toEqual([]);
  });
});

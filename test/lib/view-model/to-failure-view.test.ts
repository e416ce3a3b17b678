import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import type { ExecutionEvent } from '@/lib/history/types';
import { toFailureView } from '@/lib/view-model/to-failure-view';
import { historyEvent as ev } from '../../support/history/history-events';

const DECLINED = '{"errorMessage":"card declined by issuer","errorType":"PaymentVerificationFailed"}';

const start = (): ExecutionEvent[] => [ev(1, 0, 'ExecutionStarted', { input: '{}' })];

describe('toFailureView', () => {
  it('is null for an execution that did not fail', () => {
    expect(toFailureView(buildExecutionTimeline([...start(), ev(2, 1, 'ExecutionSucceeded', { output: '{}' })]))).toBeNull();
  });

  it('adds the caught error behind a Fail state, and the input of the state that raised it', () => {
    const view = toFailureView(
      buildExecutionTimeline([
        ...start(),
        ev(2, 0, 'TaskStateEntered', { name: 'VerifyPayment', input: '{"orderId":"ORD-20483"}' }),
        ev(3, 2, 'LambdaFunctionScheduled', { resource: 'verify' }),
        ev(4, 3, 'LambdaFunctionFailed', { error: 'PaymentVerificationFailed', cause: DECLINED }),
        ev(5, 4, 'TaskStateExited', { name: 'VerifyPayment', output: '{}' }),
        ev(6, 5, 'FailStateEntered', { name: 'NotifyCustomer', input: '{}' }),
        ev(7, 6, 'ExecutionFailed', { error: 'PaymentVerificationFailed', cause: 'Payment verification failed.' }),
      ]),
    );
    expect(view).toMatchObject({
      state: 'NotifyCustomer',
      visitId: 6,
      error: 'PaymentVerificationFailed',
      cause: 'Payment verification failed.',
      causedBy: {
        state: 'VerifyPayment',
        visitId: 2,
        caughtIn: null,
        error: 'PaymentVerificationFailed',
        cause: DECLINED,
        errorMessage: 'card declined by issuer',
        errorType: 'PaymentVerificationFailed',
      },
      causeInput: { state: 'VerifyPayment', visitId: 2, text: '{"orderId":"ORD-20483"}' },
    });
    expect(view?.path.map((step) => step.name)).toEqual(['VerifyPayment', 'NotifyCustomer']);
    expect(view?.inputReason).toBeUndefined();
  });

  it("adds the reason the Fail state's input holds, and that input", () => {
    const input = '{"paymentStatus":"PENDING","message":"Enrollment cancelled: payment is PENDING."}';
    const view = toFailureView(
      buildExecutionTimeline([
        ...start(),
        ev(2, 0, 'FailStateEntered', { name: 'EnrollmentCancelled', input }),
        ev(3, 2, 'ExecutionFailed', { error: 'EnrollmentCancelled', cause: 'The details do not match our records.' }),
      ]),
    );
    expect(view).toMatchObject({
      inputReason: { field: 'message', text: 'Enrollment cancelled: payment is PENDING.' },
      causeInput: { state: 'EnrollmentCancelled', visitId: 2, text: input },
    });
    expect(view?.causedBy).toBeUndefined();
  });

  it('gives the failing state input when a Task failed the execution itself, and marks a truncated one', () => {
    const view = toFailureView(
      buildExecutionTimeline([
        ...start(),
        ev(2, 0, 'TaskStateEntered', { name: 'Charge', input: '{"a":', inputDetails: { truncated: true } }),
        ev(3, 2, 'LambdaFunctionScheduled', { resource: 'charge' }),
        ev(4, 3, 'LambdaFunctionFailed', { error: 'Boom', cause: 'bad' }),
        ev(5, 4, 'ExecutionFailed', { error: 'Boom', cause: 'bad' }),
      ]),
    );
    expect(view?.causeInput).toEqual({ state: 'Charge', visitId: 2, text: '{"a":', truncated: true });
    expect(view?.causedBy).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { describeCausedBy, formatFailureLine, toFailureSummary, type FailureSummary } from '@/lib/execution-list/failure-summary';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import type { ExecutionEvent } from '@/lib/history/types';
import { historyEvent as ev } from '../../support/history/history-events';

const BOILERPLATE = 'Payment verification failed. Please check payment details.';
const lambdaCause = (message: string) => JSON.stringify({ errorMessage: message, errorType: 'PaymentVerificationFailed', stackTrace: [] });

/** VerifyPayment's error caught into a Fail state whose cause is the same fixed text for every run. */
const declinedHistory = (message: string): ExecutionEvent[] => [
  ev(1, 0, 'ExecutionStarted', { input: '{}' }),
  ev(2, 0, 'TaskStateEntered', { name: 'VerifyPayment', input: '{}' }),
  ev(3, 2, 'LambdaFunctionScheduled', { resource: 'verify' }),
  ev(4, 3, 'LambdaFunctionFailed', { error: 'PaymentVerificationFailed', cause: lambdaCause(message) }),
  ev(5, 4, 'TaskStateExited', { name: 'VerifyPayment', output: '{}' }),
  ev(6, 5, 'FailStateEntered', { name: 'NotifyCustomerFailedPayment', input: '{}' }),
  ev(7, 6, 'ExecutionFailed', { error: 'PaymentVerificationFailed', cause: BOILERPLATE }),
];

describe('toFailureSummary', () => {
  it('keeps the caught error that led to the Fail state, with its Lambda message', () => {
    expect(toFailureSummary(buildExecutionTimeline(declinedHistory('card declined by issuer')))).toEqual({
      error: 'PaymentVerificationFailed',
      cause: BOILERPLATE,
      failState: 'NotifyCustomerFailedPayment',
      causedBy: { state: 'VerifyPayment', error: 'PaymentVerificationFailed', message: 'card declined by issuer' },
    });
  });

  it('makes two runs that failed for different reasons read differently', () => {
    const line = (message: string) => formatFailureLine(toFailureSummary(buildExecutionTimeline(declinedHistory(message))));
    expect(line('card declined by issuer')).not.toBe(line('amount does not match'));
  });

  it('keeps the error and cause alone when the execution failed outside a Fail state', () => {
    const events = declinedHistory('x').slice(0, 4);
    events.push(ev(5, 4, 'ExecutionFailed', { error: 'PaymentVerificationFailed', cause: lambdaCause('card declined') }));
    expect(toFailureSummary(buildExecutionTimeline(events))).toEqual({
      error: 'PaymentVerificationFailed',
      cause: lambdaCause('card declined'),
    });
  });
});

describe('formatFailureLine and describeCausedBy', () => {
  const chained: FailureSummary = {
    error: 'PaymentVerificationFailed',
    cause: BOILERPLATE,
    failState: 'NotifyCustomerFailedPayment',
    causedBy: { state: 'VerifyPayment', error: 'PaymentVerificationFailed', message: 'card declined by issuer' },
  };
  it.each<[string, FailureSummary, string | undefined, string | undefined]>([
    [
      'a caught error into a Fail state',
      chained,
      'caused by VerifyPayment: PaymentVerificationFailed: card declined by issuer',
      'Fail state NotifyCustomerFailedPayment: PaymentVerificationFailed — caused by VerifyPayment: PaymentVerificationFailed: card declined by issuer',
    ],
    [
      'a caught error with no message',
      { ...chained, causedBy: { state: 'VerifyPayment', error: 'States.Timeout' } },
      'caused by VerifyPayment: States.Timeout',
      'Fail state NotifyCustomerFailedPayment: PaymentVerificationFailed — caused by VerifyPayment: States.Timeout',
    ],
    [
      "a Fail state input's reason",
      { error: 'EnrollmentCancelled', cause: 'fixed', failState: 'EnrollmentCancelled', reason: 'payment is PENDING' },
      'reason: payment is PENDING',
      'Fail state EnrollmentCancelled: EnrollmentCancelled — reason: payment is PENDING',
    ],
    ['a Fail state with nothing behind it', { error: 'E', cause: 'why', failState: 'Stop' }, undefined, 'E: why'],
    ['a Lambda error', { error: 'KeyError', cause: '{"errorMessage":"\'id\'"}' }, undefined, "KeyError: 'id'"],
    ['nothing at all', {}, undefined, undefined],
  ])('%s', (_name, summary, causedBy, line) => {
    expect(describeCausedBy(summary)).toBe(causedBy);
    expect(formatFailureLine(summary)).toBe(line);
  });
});

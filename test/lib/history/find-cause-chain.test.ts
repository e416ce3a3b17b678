import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { findCauseChain, findInputReason } from '@/lib/history/find-cause-chain';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import type { ExecutionEvent } from '@/lib/history/types';
import { AWS_HISTORY_CASES_DIR } from '../../support/corpus/shared-corpus';
import { historyEvent as ev } from '../../support/history/history-events';

const DECLINED = JSON.stringify({
  errorMessage: 'Payment for order ORD-20483 was declined: card declined by issuer',
  errorType: 'PaymentVerificationFailed',
  stackTrace: ['at handler (VerifyPaymentFunction.ts:37:22)'],
});
const BOILERPLATE = 'Payment verification failed. Please check payment details.';

const chainOf = (events: ExecutionEvent[]) => buildExecutionTimeline(events).failure.causeChain;

/** The order demo's shape: VerifyPayment's Lambda fails, a Catch routes to the Fail state with a fixed cause. */
const caughtIntoFail = (): ExecutionEvent[] => [
  ev(1, 0, 'ExecutionStarted', { input: '{}' }),
  ev(2, 0, 'TaskStateEntered', { name: 'VerifyPayment', input: '{"orderId":"ORD-20483"}' }),
  ev(3, 2, 'LambdaFunctionScheduled', { resource: 'arn:aws:lambda:us-east-1:1:function:verify' }),
  ev(4, 3, 'LambdaFunctionStarted'),
  ev(5, 4, 'LambdaFunctionFailed', { error: 'PaymentVerificationFailed', cause: DECLINED }),
  ev(6, 5, 'TaskStateExited', { name: 'VerifyPayment', output: JSON.stringify({ Error: 'PaymentVerificationFailed', Cause: DECLINED }) }),
  ev(7, 6, 'FailStateEntered', {
    name: 'NotifyCustomerFailedPayment',
    input: JSON.stringify({ Error: 'PaymentVerificationFailed', Cause: DECLINED }),
  }),
  ev(8, 7, 'ExecutionFailed', { error: 'PaymentVerificationFailed', cause: BOILERPLATE }),
];

/** A Fail state reached through a Choice, its reason only in its input (the course demo). */
const routedToFail = (input: Record<string, unknown>, cause: string): ExecutionEvent[] => [
  ev(1, 0, 'ExecutionStarted', { input: '{}' }),
  ev(2, 0, 'ChoiceStateEntered', { name: 'IsPaid', input: JSON.stringify(input) }),
  ev(3, 2, 'ChoiceStateExited', { name: 'IsPaid', output: JSON.stringify(input) }),
  ev(4, 3, 'FailStateEntered', { name: 'EnrollmentCancelled', input: JSON.stringify(input) }),
  ev(5, 4, 'ExecutionFailed', { error: 'EnrollmentCancelled', cause }),
];

describe('findCauseChain', () => {
  it('names the caught error that led to the Fail state, with the Lambda message parsed', () => {
    expect(chainOf(caughtIntoFail())).toEqual({
      failState: 'NotifyCustomerFailedPayment',
      failStateEnteredEventId: 7,
      caught: {
        state: 'VerifyPayment',
        enteredEventId: 2,
        caughtIn: null,
        error: 'PaymentVerificationFailed',
        cause: DECLINED,
        errorMessage: 'Payment for order ORD-20483 was declined: card declined by issuer',
        errorType: 'PaymentVerificationFailed',
      },
      inputReason: null,
    });
  });

  it('traces an error caught by a Parallel to the branch state that raised it', () => {
    const cause = '{"errorMessage":"not a valid e-mail address","errorType":"InvalidEmailError"}';
    const chain = chainOf([
      ev(1, 0, 'ExecutionStarted', { input: '{}' }),
      ev(2, 0, 'ParallelStateEntered', { name: 'LookUpDetails', input: '{}' }),
      ev(3, 2, 'ParallelStateStarted'),
      ev(4, 3, 'TaskStateEntered', { name: 'LookUpName', input: '{}' }),
      ev(5, 3, 'TaskStateEntered', { name: 'LookUpEmail', input: '{}' }),
      ev(6, 4, 'TaskScheduled', { resource: 'invoke', resourceType: 'lambda', region: 'us-east-1', parameters: '{}' }),
      ev(7, 5, 'TaskScheduled', { resource: 'invoke', resourceType: 'lambda', region: 'us-east-1', parameters: '{}' }),
      ev(8, 6, 'TaskSucceeded', { resource: 'invoke', resourceType: 'lambda', output: '{}' }),
      ev(9, 7, 'TaskFailed', { resource: 'invoke', resourceType: 'lambda', error: 'InvalidEmailError', cause }),
      ev(10, 8, 'TaskStateExited', { name: 'LookUpName', output: '{}' }),
      ev(11, 9, 'TaskStateAborted'),
      ev(12, 9, 'ParallelStateFailed'),
      ev(13, 12, 'ParallelStateExited', { name: 'LookUpDetails', output: '{}' }),
      ev(14, 13, 'FailStateEntered', { name: 'InvalidEnrollmentRequest', input: '{}' }),
      ev(15, 14, 'ExecutionFailed', { error: 'InvalidEnrollmentRequest', cause: 'The enrollment request could not be checked.' }),
    ]);
    expect(chain?.caught).toMatchObject({
      state: 'LookUpEmail',
      enteredEventId: 5,
      caughtIn: 'LookUpDetails',
      error: 'InvalidEmailError',
      errorMessage: 'not a valid e-mail address',
    });
  });

  it('reads the reason from the Fail state input when nothing was caught', () => {
    const chain = chainOf(
      routedToFail(
        { paymentStatus: 'PENDING', enrolled: false, message: 'Enrollment cancelled: payment is PENDING.' },
        "The student's details do not match our records, so the enrollment was cancelled.",
      ),
    );
    expect(chain).toMatchObject({
      failState: 'EnrollmentCancelled',
      caught: null,
      inputReason: { field: 'message', text: 'Enrollment cancelled: payment is PENDING.' },
    });
  });

  it('gives no input reason when the cause already says it', () => {
    const chain = chainOf(routedToFail({ statusCode: 400, body: '"No spots available."' }, 'No spots available.'));
    expect(chain).toMatchObject({ caught: null, inputReason: null });
  });

  it('is null when the execution failed outside a Fail state, or did not fail', () => {
    const uncaught = caughtIntoFail().slice(0, 5);
    uncaught.push(ev(6, 5, 'ExecutionFailed', { error: 'PaymentVerificationFailed', cause: DECLINED }));
    expect(chainOf(uncaught)).toBeNull();
    expect(findCauseChain([])).toBeNull();
  });
});

describe('findInputReason', () => {
  it.each([
    ['a message field', { message: 'payment pending' }, 'fixed', { field: 'message', text: 'payment pending' }],
    ['the first field in order of preference', { body: 'b', reason: 'r' }, 'fixed', { field: 'reason', text: 'r' }],
    ['a field in another case', { ErrorMessage: 'x  y' }, 'fixed', { field: 'ErrorMessage', text: 'x y' }],
    ['a JSON string literal, unwrapped', { body: '"Missing field"' }, 'fixed', { field: 'body', text: 'Missing field' }],
    [
      'an error object kept by ResultPath',
      { error: { Error: 'E', Cause: '{"errorMessage":"boom"}' } },
      'fixed',
      { field: 'error', text: 'boom' },
    ],
    [
      'the next field when the first is what the cause says',
      { message: 'same', reason: 'other' },
      'it is same',
      { field: 'reason', text: 'other' },
    ],
    ['nothing when no field holds text', { message: 3, reason: '' }, 'fixed', null],
    ['nothing for an input that is not an object', ['message'], 'fixed', null],
    ['nothing for no input', undefined, 'fixed', null],
  ])('finds %s', (_name, input, cause, expected) => {
    expect(findInputReason(input, cause)).toEqual(expected);
  });
});

describe.skipIf(!existsSync(AWS_HISTORY_CASES_DIR))('findCauseChain on every recorded AWS history', () => {
  it('never throws, and names a Fail state exactly when the execution failed in one', () => {
    const files = readdirSync(AWS_HISTORY_CASES_DIR).filter((file) => file.endsWith('.json'));
    let chains = 0;
    for (const file of files) {
      const text = readFileSync(path.join(AWS_HISTORY_CASES_DIR, file), 'utf8');
      const parsed = parseHistoryDocument(JSON.parse(text), file);
      const failure = buildExecutionTimeline(parsed.events, parsed).failure;
      const last = failure.failurePath.at(-1);
      expect(failure.causeChain !== null, file).toBe(failure.rootCause !== null && last?.type === 'Fail');
      if (failure.causeChain) chains++;
    }
    expect(chains).toBeGreaterThan(0);
  });
});

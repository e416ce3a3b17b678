import type { HistoryEventRecord } from '@/lib/domain';
import { atMs } from '../history/history-events';

export const PROCESSING_EXECUTION_ARN = 'arn:aws:states:us-east-1:123456789012:execution:processing:run-1';
export const PROCESSING_ROLE_ARN = 'arn:aws:iam::123456789012:role/processing';

/** A JSONPath machine: a Pass that assigns a variable, a Task with ResultSelector and ResultPath, a Parallel and a Choice. */
export const PROCESSING_DEFINITION = JSON.stringify({
  StartAt: 'Init',
  States: {
    Init: { Type: 'Pass', Assign: { 'customer.$': '$.customer' }, Next: 'Verify' },
    Verify: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: 'VerifyPaymentFunction', 'Payload.$': '$' },
      ResultSelector: { 'approved.$': '$.Payload.approved' },
      ResultPath: '$.payment',
      Next: 'Fan',
    },
    Fan: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
        { StartAt: 'B', States: { B: { Type: 'Pass', Result: 'b', End: true } } },
      ],
      ResultPath: '$.fan',
      Next: 'Check',
    },
    Check: { Type: 'Choice', Choices: [{ Variable: '$.payment.approved', BooleanEquals: true, Next: 'Done' }], Default: 'Done' },
    Done: { Type: 'Succeed' },
  },
});

type Details = Record<string, unknown>;
const DETAILS_KEY: Record<string, string> = {
  ExecutionStarted: 'executionStartedEventDetails',
  TaskScheduled: 'taskScheduledEventDetails',
  TaskStarted: 'taskStartedEventDetails',
  TaskSucceeded: 'taskSucceededEventDetails',
  TaskFailed: 'taskFailedEventDetails',
  ExecutionSucceeded: 'executionSucceededEventDetails',
  ExecutionFailed: 'executionFailedEventDetails',
};

function event(id: number, previousEventId: number, type: string, details?: Details): HistoryEventRecord {
  const key =
    DETAILS_KEY[type] ??
    (type.endsWith('Entered') ? 'stateEnteredEventDetails' : type.endsWith('Exited') ? 'stateExitedEventDetails' : undefined);
  return { id, previousEventId, type, timestamp: atMs(id * 10), ...(key && details ? { [key]: details } : {}) } as HistoryEventRecord;
}

const LAMBDA = { resourceType: 'lambda', resource: 'invoke' };
export const VERIFY_RESULT = '{"Payload":{"approved":true,"orderId":"A1"},"StatusCode":200}';

/**
 * The history of one run of PROCESSING_DEFINITION, written as GetExecutionHistory returns it. Branch
 * B runs before A, so only the definition says which comes first. `truncatedResult` marks the task's
 * result as cut at the size limit; `failed` ends the task in an error instead.
 */
export function processingHistory({
  truncatedResult = false,
  failed = false,
}: { truncatedResult?: boolean; failed?: boolean } = {}): HistoryEventRecord[] {
  const input = '{"orderId":"A1","customer":"Ann"}';
  const verified = '{"orderId":"A1","customer":"Ann","payment":{"approved":true}}';
  const head = [
    event(1, 0, 'ExecutionStarted', { input, inputDetails: { truncated: false }, roleArn: PROCESSING_ROLE_ARN }),
    event(2, 0, 'PassStateEntered', { name: 'Init', input, inputDetails: { truncated: false } }),
    event(3, 2, 'PassStateExited', {
      name: 'Init',
      output: input,
      outputDetails: { truncated: false },
      assignedVariables: { customer: '"Ann"' },
      assignedVariablesDetails: { truncated: false },
    }),
    event(4, 3, 'TaskStateEntered', { name: 'Verify', input, inputDetails: { truncated: false } }),
    event(5, 4, 'TaskScheduled', {
      ...LAMBDA,
      region: 'us-east-1',
      parameters: '{"FunctionName":"VerifyPaymentFunction","Payload":' + input + '}',
    }),
    event(6, 5, 'TaskStarted', LAMBDA),
  ];
  if (failed) {
    return [
      ...head,
      event(7, 6, 'TaskFailed', { ...LAMBDA, error: 'PaymentDeclined', cause: 'card declined' }),
      event(8, 7, 'ExecutionFailed', { error: 'PaymentDeclined', cause: 'card declined' }),
    ];
  }
  const fanned =
    '{"orderId":"A1","customer":"Ann","payment":{"approved":true},"fan":[{"orderId":"A1","customer":"Ann","payment":{"approved":true}},"b"]}';
  return [
    ...head,
    event(7, 6, 'TaskSucceeded', { ...LAMBDA, output: VERIFY_RESULT, outputDetails: { truncated: truncatedResult } }),
    event(8, 7, 'TaskStateExited', { name: 'Verify', output: verified, outputDetails: { truncated: false } }),
    event(9, 8, 'ParallelStateEntered', { name: 'Fan', input: verified, inputDetails: { truncated: false } }),
    event(10, 9, 'ParallelStateStarted'),
    event(11, 10, 'PassStateEntered', { name: 'B', input: verified, inputDetails: { truncated: false } }),
    event(12, 11, 'PassStateExited', { name: 'B', output: '"b"', outputDetails: { truncated: false } }),
    event(13, 10, 'PassStateEntered', { name: 'A', input: verified, inputDetails: { truncated: false } }),
    event(14, 13, 'PassStateExited', { name: 'A', output: verified, outputDetails: { truncated: false } }),
    event(15, 14, 'ParallelStateSucceeded'),
    event(16, 15, 'ParallelStateExited', { name: 'Fan', output: fanned, outputDetails: { truncated: false } }),
    event(17, 16, 'ChoiceStateEntered', { name: 'Check', input: fanned, inputDetails: { truncated: false } }),
    event(18, 17, 'ChoiceStateExited', { name: 'Check', output: fanned, outputDetails: { truncated: false } }),
    event(19, 18, 'SucceedStateEntered', { name: 'Done', input: fanned, inputDetails: { truncated: false } }),
    event(20, 19, 'SucceedStateExited', { name: 'Done', output: fanned, outputDetails: { truncated: false } }),
    event(21, 20, 'ExecutionSucceeded', { output: fanned, outputDetails: { truncated: false } }),
  ];
}

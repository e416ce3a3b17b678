import { describe, expect, it } from 'vitest';
import { toActionProblem } from '@/lib/aws/to-action-problem';
import { awsError } from '../../support/aws-fakes/fake-aws-clients';

describe('toActionProblem', () => {
  it('says plainly which permission the credentials lack', () => {
    expect(toActionProblem(awsError('AccessDeniedException', 'User: x is not authorized'), 'RedriveExecution')).toEqual({
      kind: 'access-denied',
      message: 'Your credentials are not allowed to redrive executions (states:RedriveExecution).',
      hint: "Grant states:RedriveExecution on this state machine's executions to the role or user the dashboard runs as.",
    });
    expect(toActionProblem(awsError('AccessDeniedException'), 'StopExecution')?.message).toBe(
      'Your credentials are not allowed to stop executions (states:StopExecution).',
    );
  });

  it('reports a data source without the API as unsupported', () => {
    expect(toActionProblem(awsError('UnknownOperationException', 'not served'), 'RedriveExecution')).toMatchObject({
      kind: 'unsupported',
      message: 'This data source does not support RedriveExecution.',
    });
  });

  it('gives refusals only actions meet their own kinds, quoting AWS', () => {
    expect(toActionProblem(awsError('ExecutionNotRedrivable', 'Execution is SUCCEEDED'), 'RedriveExecution')).toMatchObject({
      kind: 'conflict',
      message: 'Step Functions refused RedriveExecution: Execution is SUCCEEDED',
    });
    expect(toActionProblem(awsError('ExecutionLimitExceeded', 'max 1000000'), 'StartExecution')?.kind).toBe('limit-exceeded');
    expect(toActionProblem(awsError('InvalidExecutionInput', 'bad json'), 'StartExecution')?.kind).toBe('invalid-input');
  });

  it('maps the rest as the read pages do, and leaves unknown errors to be rethrown', () => {
    expect(toActionProblem(awsError('ExecutionDoesNotExist'), 'StopExecution', { resource: 'arn:x' })).toMatchObject({
      kind: 'not-found',
      message: 'arn:x was not found.',
    });
    expect(toActionProblem(new TypeError('bug'), 'StopExecution')).toBeUndefined();
  });
});

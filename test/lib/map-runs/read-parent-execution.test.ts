import { describe, expect, it } from 'vitest';
import { readStartedByExecutionArn } from '@/lib/map-runs/read-parent-execution';

const PARENT = 'arn:aws:states:us-east-1:123456789012:execution:order-processing:order-1';

describe('readStartedByExecutionArn', () => {
  it('reads the parent execution passed as AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID', () => {
    expect(readStartedByExecutionArn(JSON.stringify({ orderId: 'A1', AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID: PARENT }))).toBe(PARENT);
  });

  it.each([
    ['no input', undefined],
    ['input without the field', '{"orderId":"A1"}'],
    ['a value that is not an execution ARN', '{"AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID":"order-1"}'],
    ['input that is not an object', '["AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID"]'],
    ['input that is not JSON', 'AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID {'],
  ])('finds no parent in %s', (_, input) => {
    expect(readStartedByExecutionArn(input)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import {
  describeRedriveConfirmation,
  describeStartConfirmation,
  describeStopConfirmation,
  stateMachineNameOf,
} from '@/lib/execution-actions/describe-action-confirmation';

describe('action confirmations', () => {
  it('names the execution to stop and what happens to it', () => {
    expect(describeStopConfirmation('order-123')).toBe('Stop order-123? It will end ABORTED; running tasks are not interrupted.');
  });

  it('names the states a redrive reruns and the redrive count it leads to', () => {
    expect(describeRedriveConfirmation('order-9', ['UpdateInventory'], 1)).toBe(
      'Redrive order-9? It reruns UpdateInventory with the input it had; states that succeeded are not run again. Its redrive count becomes 2.',
    );
    expect(describeRedriveConfirmation('b', ['A', 'B', 'C'], 0)).toContain('reruns A, B and C with the input it had');
    expect(describeRedriveConfirmation('c', [], 0)).toContain('reruns the states that did not succeed;');
  });

  it('names the state machine a new execution starts on', () => {
    expect(describeStartConfirmation('OrderProcessing', false)).toBe(
      'Start a new execution of OrderProcessing with this input? It runs for real: its tasks are invoked.',
    );
    expect(describeStartConfirmation('OrderProcessing', true)).toContain('with the same input?');
  });

  it('reads a state machine’s name from its ARN, version or alias', () => {
    expect(stateMachineNameOf('arn:aws:states:us-east-1:123456789012:stateMachine:order-processing')).toBe('order-processing');
    expect(stateMachineNameOf('arn:aws:states:us-east-1:123456789012:stateMachine:order-processing:3')).toBe('order-processing');
  });
});

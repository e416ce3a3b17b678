import { describe, expect, it } from 'vitest';
import { resolveStateMachineNames } from '@/lib/execution-index/query/resolve-state-machine-names';

const EAST = 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders';
const WEST = 'arn:aws:states:us-west-2:123456789012:stateMachine:Orders';
const LOWER = 'arn:aws:states:us-east-1:123456789012:stateMachine:orders';

describe('resolveStateMachineNames', () => {
  it('adds every machine of an exact name, and keeps ARNs given as they are', () => {
    expect(
      resolveStateMachineNames({ stateMachineNames: ['Orders'], stateMachineArns: [LOWER] }, [
        { name: 'Orders', arn: EAST },
        { name: 'Orders', arn: WEST },
        { name: 'orders', arn: LOWER },
      ]),
    ).toEqual({
      stateMachineArns: [LOWER, EAST, WEST],
    });
  });

  it('falls back to a match without regard to case', () => {
    expect(resolveStateMachineNames({ stateMachineNames: ['ORDERS'] }, [{ name: 'orders', arn: LOWER }])).toEqual({
      stateMachineArns: [LOWER],
    });
  });

  it('leaves a query without machines alone and names an unknown machine', () => {
    expect(resolveStateMachineNames({ text: 'x' }, [])).toEqual({});
    expect(resolveStateMachineNames({ stateMachineNames: ['nope'] }, [])).toEqual({
      error: 'machine:nope names no known state machine (none could be listed): give its ARN or a name from the list',
    });
  });
});

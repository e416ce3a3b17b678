import { describe, expect, it } from 'vitest';
import { fromExecutionRow, toExecutionValues } from '@/lib/execution-index/sqlite/execution-row';
import { failedExecution, indexedExecution, payload } from '../../../support/execution-index/indexed-execution';

describe('execution rows', () => {
  it('keys a failure by its root cause’s state and error when it has one, with the normalized cause', () => {
    const values = toExecutionValues(
      failedExecution(
        'f',
        1,
        { state: 'Fail', error: 'States.Runtime', cause: 'Card 42', normalizedCause: 'Card <n>' },
        { rootCause: { state: 'Charge', error: 'Payment.Declined', message: 'declined' } },
      ),
    );
    expect(values).toMatchObject({
      group_state: 'Charge',
      group_error: 'Payment.Declined',
      group_cause: 'Card <n>',
      root_error: 'Payment.Declined',
      root_message: 'declined',
    });
    expect(toExecutionValues(failedExecution('g', 1, { state: 'Fail', error: 'E', cause: 'c' }))).toMatchObject({
      group_state: 'Fail',
      group_error: 'E',
    });
  });

  it('reads back what it wrote, with absent fields absent and goneFromSource as given', () => {
    for (const record of [
      indexedExecution('a', 1),
      indexedExecution('b', 2, { input: payload({ x: 1 }), output: payload('{"y":', true), goneFromSource: true }),
      indexedExecution('c', 3, { goneFromSource: false, status: 'RUNNING' }),
    ]) {
      const row = { id: 1, ...toExecutionValues(record) };
      const back = fromExecutionRow(row);
      expect(back).toEqual(record);
      expect(Object.keys(back).sort()).toEqual(Object.keys(record).sort());
    }
  });

  it('refuses an invalid Date, naming the field and the execution', () => {
    const record = indexedExecution('bad', 1, { stoppedAt: new Date('nope') });
    expect(() => toExecutionValues(record)).toThrow(`stoppedAt of ${record.executionArn} is not a valid Date.`);
  });
});

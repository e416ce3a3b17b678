import { describe, expect, it } from 'vitest';
import { EXECUTION_COLUMNS, toExecution, type ExecutionRow } from '@/lib/emulator/store/execution-row';
import { metricStore } from '../cloudwatch/metric-store-fixture';

const ROW: ExecutionRow = {
  id: 7,
  arn: 'arn:aws:states:us-east-1:123456789012:execution:Orders:e7',
  state_machine_id: 3,
  state_machine_arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders',
  state_machine_name: 'Orders',
  revision: 2,
  name: 'e7',
  type: 'EXPRESS',
  status: 'FAILED',
  start_date_ms: 1_000,
  stop_date_ms: 2_000,
  input: '{"a":1}',
  output: null,
  error: 'Boom',
  cause: 'it broke',
  redrive_count: 1,
  redrive_date_ms: 1_500,
};

describe('execution rows', () => {
  it('maps every column of a row to its record field', () => {
    expect(toExecution(ROW)).toStrictEqual({
      id: 7,
      arn: ROW.arn,
      stateMachineId: 3,
      stateMachineArn: ROW.state_machine_arn,
      stateMachineName: 'Orders',
      revision: 2,
      name: 'e7',
      type: 'EXPRESS',
      status: 'FAILED',
      startDateMs: 1_000,
      stopDateMs: 2_000,
      input: '{"a":1}',
      output: null,
      error: 'Boom',
      cause: 'it broke',
      redriveCount: 1,
      redriveDateMs: 1_500,
    });
  });

  it('selects exactly the columns of an ExecutionRow from executions e joined with state_machines m', () => {
    const fixture = metricStore();
    const execution = fixture.run(1_000, 2_000, 'FAILED');
    const row = fixture.db
      .prepare(`SELECT ${EXECUTION_COLUMNS} FROM executions e JOIN state_machines m ON m.id = e.state_machine_id WHERE e.id = ?`)
      .get(execution.id) as ExecutionRow;
    expect(Object.keys(row).sort()).toEqual(Object.keys(ROW).sort());
    expect(toExecution(row)).toStrictEqual(fixture.store.getExecution(execution.arn));
  });
});

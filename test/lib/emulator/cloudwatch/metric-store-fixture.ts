import Database from 'better-sqlite3';
import { applySchema } from '@/lib/emulator/store/apply-schema';
import { EmulatorStore } from '@/lib/emulator/store/emulator-store';
import type { StoredExecutionStatus } from '@/lib/emulator/store/store-types';

export const MACHINE_ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:Orders';

/** An in-memory emulator store with one state machine, and a way to add closed or running executions. */
export function metricStore(arn = MACHINE_ARN) {
  const db = new Database(':memory:');
  applySchema(db);
  const store = new EmulatorStore(db);
  const machine = store.insertStateMachine({
    arn,
    name: arn.split(':').at(-1)!,
    type: 'STANDARD',
    creationDateMs: 0,
    revision: {
      revisionId: 'r1',
      definition: '{}',
      roleArn: 'arn:aws:iam::123456789012:role/R',
      loggingConfiguration: '{}',
      tracingConfiguration: '{}',
      description: null,
      updateDateMs: 0,
    },
  });
  let count = 0;
  return {
    store,
    db,
    machine,
    run(startMs: number, stopMs: number | null, status: Exclude<StoredExecutionStatus, 'RUNNING'> = 'SUCCEEDED') {
      count += 1;
      const execution = store.insertExecution(
        {
          arn: `${arn.replace(':stateMachine:', ':execution:')}:e${count}`,
          stateMachineId: machine.id,
          revision: 1,
          name: `e${count}`,
          type: 'STANDARD',
          startDateMs: startMs,
          input: '{}',
        },
        { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestampMs: startMs, details: '{}' },
      );
      if (stopMs !== null) {
        store.queueEvent(execution.id, { id: 2, previousEventId: 1, type: 'ExecutionSucceeded', timestampMs: stopMs, details: '{}' });
        store.endExecution(execution.id, { status, stopDateMs: stopMs });
      }
      return execution;
    },
  };
}

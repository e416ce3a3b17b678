import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExecutionTimeline } from '@/lib/history/build-execution-timeline';
import { parseHistoryDocument } from '@/lib/history/parse-history-document';
import { findChildLinks } from '@/lib/map-runs/find-child-links';
import { AWS_HISTORY_CASES_DIR } from '../../support/corpus/shared-corpus';
import { historyEvent as ev } from '../../support/history/history-events';

const CHILD = 'arn:aws:states:us-east-1:123456789012:execution:label-printer:order-7';
const MAP_RUN = 'arn:aws:states:us-east-1:123456789012:mapRun:parcel-audit/AuditParcels:run-1';

function timelineOf(file: string) {
  const parsed = parseHistoryDocument(JSON.parse(readFileSync(path.join(AWS_HISTORY_CASES_DIR, file), 'utf8')), file);
  return buildExecutionTimeline(parsed.events, parsed);
}

describe('findChildLinks', () => {
  it('links a Distributed Map visit to its Map Run and a StartExecution task to the execution it started', () => {
    const events = [
      ev(1, 0, 'ExecutionStarted', { input: '{}', roleArn: 'r' }),
      ev(2, 0, 'MapStateEntered', { name: 'AuditParcels', input: '{}' }),
      ev(3, 2, 'MapStateStarted', { length: 3 }),
      ev(4, 3, 'MapRunStarted', { mapRunArn: MAP_RUN }),
      ev(5, 4, 'MapRunFailed', { error: 'States.ExceedToleratedFailureThreshold', cause: 'too many' }),
      ev(6, 5, 'MapStateFailed'),
      ev(7, 6, 'TaskStateEntered', { name: 'PrintLabels', input: '{}' }),
      ev(8, 7, 'TaskScheduled', { resource: 'startExecution.sync:2', resourceType: 'states', region: 'us-east-1', parameters: '{}' }),
      ev(9, 8, 'TaskStarted', { resource: 'startExecution.sync:2', resourceType: 'states' }),
      ev(10, 9, 'TaskSubmitted', {
        resource: 'startExecution.sync:2',
        resourceType: 'states',
        output: JSON.stringify({ ExecutionArn: CHILD }),
      }),
      ev(11, 10, 'TaskSucceeded', {
        resource: 'startExecution.sync:2',
        resourceType: 'states',
        output: JSON.stringify({ ExecutionArn: CHILD, Output: {} }),
      }),
      ev(12, 11, 'TaskStateExited', { name: 'PrintLabels', output: '{}' }),
      ev(13, 12, 'ExecutionSucceeded', { output: '{}' }),
    ];
    expect(findChildLinks(buildExecutionTimeline(events))).toEqual({
      mapRuns: [{ visitId: 2, state: 'AuditParcels', mapRunArn: MAP_RUN, status: 'failed' }],
      startedExecutions: [{ visitId: 7, state: 'PrintLabels', executionArn: CHILD }],
    });
  });

  it('ignores other tasks’ outputs, even one holding an ExecutionArn', () => {
    const events = [
      ev(1, 0, 'ExecutionStarted', { input: '{}', roleArn: 'r' }),
      ev(2, 0, 'TaskStateEntered', { name: 'Lookup', input: '{}' }),
      ev(3, 2, 'TaskScheduled', { resource: 'invoke', resourceType: 'lambda', region: 'us-east-1', parameters: '{}' }),
      ev(4, 3, 'TaskSucceeded', { resource: 'invoke', resourceType: 'lambda', output: JSON.stringify({ ExecutionArn: CHILD }) }),
      ev(5, 4, 'TaskStateExited', { name: 'Lookup', output: '{}' }),
    ];
    expect(findChildLinks(buildExecutionTimeline(events))).toEqual({ mapRuns: [], startedExecutions: [] });
  });

  it.skipIf(!existsSync(AWS_HISTORY_CASES_DIR))(
    'reads the child of a recorded AWS startExecution.sync task and the Map Run of a recorded Distributed Map',
    () => {
      expect(findChildLinks(timelineOf('callback__callback__start_execution_sync_delegate_failure.json')).startedExecutions).toEqual([
        {
          visitId: 2,
          state: 'StartExecution',
          executionArn: 'arn:<partition>:states:<region>:111111111111:execution:<ArnPart_0idx>:TestStartTarget',
        },
      ]);
      expect(
        findChildLinks(timelineOf('scenarios__base_scenarios__map_state_tolerated_failure_count_path__1-ee2076cc.json')).mapRuns,
      ).toEqual([
        {
          visitId: 2,
          state: 'MapState',
          mapRunArn: 'arn:<partition>:states:<region>:111111111111:mapRun:<ArnPart_0idx>/<MapRunArnPart0_0idx>:<MapRunArnPart1_0idx>',
          status: 'succeeded',
        },
      ]);
    },
  );
});

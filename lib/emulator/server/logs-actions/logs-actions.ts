import type { Action } from '../action-context';
import { answeringAfterCommit } from '../answer-after-commit';
import { filterLogEvents, getLogEvents } from './log-event-actions';
import { createLogGroup, deleteLogGroup, describeLogGroups } from './log-group-actions';
import { createLogStream, describeLogStreams, putLogEvents } from './log-stream-actions';

/** CloudWatch Logs serves `X-Amz-Target: Logs_20140328.<Operation>` over AWS JSON 1.1. */
export const LOGS_TARGET_PREFIX = 'Logs_20140328.';

/** The CloudWatch Logs operations the emulator serves: enough to read Step Functions execution logs. */
export const LOGS_ACTIONS: Readonly<Record<string, Action>> = answeringAfterCommit({
  CreateLogGroup: createLogGroup,
  DeleteLogGroup: deleteLogGroup,
  DescribeLogGroups: describeLogGroups,
  CreateLogStream: createLogStream,
  DescribeLogStreams: describeLogStreams,
  PutLogEvents: putLogEvents,
  GetLogEvents: getLogEvents,
  FilterLogEvents: filterLogEvents,
});

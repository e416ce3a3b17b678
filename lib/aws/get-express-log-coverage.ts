import { describeLogCoverage, type LogCoverage } from '../history/describe-log-coverage';
import { describeExpressLogging } from './describe-express-logging';
import { isDataSourceError } from './errors';
import { parseExpressExecutionArn } from './express-arns';
import { readExpressExecutionRecords } from './read-express-execution-records';

/** What an Express history read from CloudWatch Logs holds and lacks, and where it was read. */
export interface ExpressLogCoverage {
  coverage: LogCoverage;
  logGroupName?: string;
}

/** For a state machine page: null for Standard machines, which keep their history in Step Functions. */
export async function getStateMachineLogCoverage(stateMachineArn: string): Promise<ExpressLogCoverage | null> {
  const logging = await describeExpressLogging(stateMachineArn);
  if (logging.type !== 'EXPRESS') return null;
  return { coverage: describeLogCoverage(logging), logGroupName: logging.logGroupName };
}

/**
 * For an execution page: null for Standard executions. Uses the state machine's current logging
 * configuration and the execution's records (so delivery gaps are reported too).
 */
export async function getExecutionLogCoverage(executionArn: string): Promise<ExpressLogCoverage | null> {
  const parts = parseExpressExecutionArn(executionArn);
  if (!parts) return null;
  try {
    const { logging, records } = await readExpressExecutionRecords(executionArn);
    return { coverage: describeLogCoverage(logging, records), logGroupName: logging.logGroupName };
  } catch (error) {
    // No records or logging off: the summary section shows that error; explain the configuration here.
    if (!isDataSourceError(error)) throw error;
    const logging = await describeExpressLogging(parts.stateMachineArn);
    return { coverage: describeLogCoverage(logging), logGroupName: logging.logGroupName };
  }
}

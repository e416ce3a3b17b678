import { logsSucceededExecutions, type LogLevel } from '../history/log-levels';

/**
 * What an Express machine's log level leaves out of its overview row, or undefined when nothing is.
 * Express executions are listed from CloudWatch Logs, so below ALL the counts, failure rate and
 * durations describe only what was logged: a 100 % failure rate and 0 ms durations would mislead.
 * With logging off nothing can be listed, and the row shows that data-source problem instead.
 */
export function overviewLogCaveat(level: LogLevel): string | undefined {
  if (level === 'OFF' || logsSucceededExecutions(level)) return undefined;
  return `Logged at ${level}: successful executions write nothing, so only failures are counted (the failure rate reads 100 %) and durations are not known.`;
}

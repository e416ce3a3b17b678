import { DescribeStateMachineCommand } from '@aws-sdk/client-sfn';
import { isLogLevel, type LogLevel } from '../history/log-levels';
import { sendSfn } from './send-sfn';

/**
 * Where and how a state machine logs its executions
 * (docs/aws-behaviour.md#logging-configuration-and-log-levels).
 */
export interface ExpressLogging {
  stateMachineArn: string;
  type: 'STANDARD' | 'EXPRESS';
  level: LogLevel;
  includeExecutionData: boolean;
  /** `arn:aws:logs:…:log-group:NAME:*`, when a destination is set. */
  logGroupArn?: string;
  logGroupName?: string;
}

const LOG_GROUP_ARN = /^arn:[\w-]+:logs:[^:]*:\d*:log-group:([^:]+)(?::\*)?$/;

/** Reads the state machine's loggingConfiguration; AWS reports OFF when it was never set. */
export async function describeExpressLogging(stateMachineArn: string): Promise<ExpressLogging> {
  const out = await sendSfn('DescribeStateMachine', stateMachineArn, (sfn) =>
    sfn.send(new DescribeStateMachineCommand({ stateMachineArn })),
  );
  const config = out.loggingConfiguration;
  const logGroupArn = config?.destinations?.[0]?.cloudWatchLogsLogGroup?.logGroupArn;
  const logGroupName = logGroupArn ? LOG_GROUP_ARN.exec(logGroupArn)?.[1] : undefined;
  return {
    stateMachineArn: out.stateMachineArn ?? stateMachineArn,
    type: out.type === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
    level: isLogLevel(config?.level) ? config.level : 'OFF',
    includeExecutionData: config?.includeExecutionData === true,
    ...(logGroupArn ? { logGroupArn } : {}),
    ...(logGroupName ? { logGroupName } : {}),
  };
}

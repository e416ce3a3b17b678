/**
 * `arn:aws:states:REGION:ACCOUNT:express:STATE_MACHINE:NAME:ID`
 * (docs/aws-behaviour.md#arns-and-names).
 */
const EXPRESS_EXECUTION_ARN = /^arn:([\w-]+):states:([^:]+):(\d{12}):express:([^:]+):([^:]+):([^:]+)$/;

export function isExpressExecutionArn(arn: string): boolean {
  return EXPRESS_EXECUTION_ARN.test(arn);
}

export interface ExpressExecutionArnParts {
  stateMachineArn: string;
  stateMachineName: string;
  name: string;
}

export function parseExpressExecutionArn(arn: string): ExpressExecutionArnParts | undefined {
  const [, partition, region, account, stateMachineName, name] = EXPRESS_EXECUTION_ARN.exec(arn) ?? [];
  // Every group is required by the pattern, so all are set on a match and none without one.
  if (partition === undefined || region === undefined || account === undefined || stateMachineName === undefined || name === undefined)
    return undefined;
  return { stateMachineArn: `arn:${partition}:states:${region}:${account}:stateMachine:${stateMachineName}`, stateMachineName, name };
}

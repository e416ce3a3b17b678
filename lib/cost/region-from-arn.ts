/** Thrown for a string that is not a Step Functions ARN; the message quotes it. */
export class ArnRegionError extends Error {
  constructor(arn: string) {
    super(`'${arn}' is not a Step Functions ARN (expected arn:<partition>:states:<region>:<account>:...)`);
    this.name = 'ArnRegionError';
  }
}

const STATES_ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso[\w-]*):states:([a-z0-9-]+):\d*:/;

/**
 * The region of a state machine, execution or Express execution ARN
 * (docs/aws-behaviour.md#arns-and-names).
 */
export function regionFromArn(arn: string): string {
  const region = STATES_ARN.exec(arn.trim())?.[2];
  if (region === undefined) throw new ArnRegionError(arn);
  return region;
}

import { ApiError } from '../server/api-error';

/** `arn:aws:states:REGION:ACCOUNT:mapRun:MACHINE/LABEL:UUID`, or InvalidArn as AWS words it. */
export function checkMapRunArn(arn: string): void {
  const parts = arn.split(':');
  if (parts[0] !== 'arn' || !['aws', 'aws-cn', 'aws-us-gov'].includes(parts[1] ?? '') || parts[2] !== 'states') {
    throw new ApiError('InvalidArn', `Invalid Arn: 'Invalid ARN prefix: ${arn}'`);
  }
  if (parts[5] !== 'mapRun') throw new ApiError('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${parts[5] ?? ''}'`);
  if (parts.length !== 8 || !/^\d{12}$/.test(parts[4] ?? '') || !(parts[6] ?? '').includes('/') || parts.some((p) => p === '')) {
    throw new ApiError('InvalidArn', `Invalid Arn: '${arn}'`);
  }
}

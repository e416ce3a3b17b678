import { parseStatesArn } from './parse-open-target';

/** The partitions whose console Statescope can link to; the ISO partitions have no public console. */
export const CONSOLE_PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'] as const;
export type ConsolePartition = (typeof CONSOLE_PARTITIONS)[number];

// The same hosts parseOpenTarget accepts (CONSOLE_HOST there); a region goes in front of each.
const CONSOLE_DOMAINS: Record<ConsolePartition, string> = {
  aws: 'console.aws.amazon.com',
  'aws-cn': 'console.amazonaws.cn',
  'aws-us-gov': 'console.amazonaws-us-gov.com',
};

function isConsolePartition(value: string): value is ConsolePartition {
  return (CONSOLE_PARTITIONS as readonly string[]).includes(value);
}

/** The partition a region belongs to, for links built from a region alone (a data source's). */
export function toPartition(region: string): ConsolePartition {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** `https://REGION.console.aws.amazon.com` and its China and GovCloud counterparts. */
export function toConsoleOrigin(partition: ConsolePartition, region: string): string {
  return `https://${region}.${CONSOLE_DOMAINS[partition]}`;
}

/**
 * The AWS console page of an execution or a state machine, the inverse of parseOpenTarget: the console
 * keeps the ARN in the fragment, `#/v2/executions/details/ARN` or `#/statemachines/view/ARN` (an
 * undocumented format, observed in the console, so it is built only here). Undefined for anything
 * that is not such an ARN, or for a partition without a public console.
 */
export function buildConsoleUrl(arn: string): string | undefined {
  const target = parseStatesArn(arn);
  const partition = arn.split(':')[1] ?? '';
  if (target.kind === 'invalid' || !isConsolePartition(partition)) return undefined;
  const page = target.kind === 'execution' ? '/v2/executions/details/' : '/statemachines/view/';
  return `${toConsoleOrigin(partition, target.region)}/states/home?region=${target.region}#${page}${target.arn}`;
}

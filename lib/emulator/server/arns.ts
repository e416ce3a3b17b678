import { ApiError } from './api-error';

/** ARN formats of docs/aws-behaviour.md#arns-and-names. */
export function toStateMachineArn(region: string, accountId: string, name: string): string {
  return `arn:aws:states:${region}:${accountId}:stateMachine:${name}`;
}

export function toExecutionArn(region: string, accountId: string, stateMachineName: string, name: string): string {
  return `arn:aws:states:${region}:${accountId}:execution:${stateMachineName}:${name}`;
}

export function toExpressExecutionArn(region: string, accountId: string, stateMachineName: string, name: string, uuid: string): string {
  return `arn:aws:states:${region}:${accountId}:express:${stateMachineName}:${name}:${uuid}`;
}

export interface ParsedArn {
  region: string;
  accountId: string;
  resourceType: string;
  /** The parts after the resource type: at least one. */
  resource: [string, ...string[]];
}

const PARTITIONS: ReadonlySet<string | undefined> = new Set(['aws', 'aws-cn', 'aws-us-gov']);

function parseStatesArn(arn: string): ParsedArn {
  // arn:PARTITION:states:REGION:ACCOUNT:TYPE:RESOURCE[:…]: seven parts at least.
  const [prefix, partition, service, region, accountId, resourceType, first, ...rest] = arn.split(':');
  if (
    prefix !== 'arn' ||
    !PARTITIONS.has(partition) ||
    service !== 'states' ||
    region === undefined ||
    accountId === undefined ||
    resourceType === undefined ||
    first === undefined
  ) {
    throw new ApiError('InvalidArn', `Invalid Arn: 'Invalid ARN prefix: ${arn}'`);
  }
  const resource: [string, ...string[]] = [first, ...rest];
  if (!region || !/^\d{12}$/.test(accountId) || resource.some((part) => part.length === 0)) {
    throw new ApiError('InvalidArn', `Invalid Arn: '${arn}'`);
  }
  return { region, accountId, resourceType, resource };
}

function wrongType(resourceType: string): ApiError {
  return new ApiError('InvalidArn', `Invalid Arn: 'Resource type not valid in this context: ${resourceType}'`);
}

/** Accepts `…:stateMachine:{name}` (versions and aliases, `…:{name}:{qualifier}`, are parsed but not stored). */
export function parseStateMachineArn(arn: string): ParsedArn & { name: string; qualifier?: string } {
  const parsed = parseStatesArn(arn);
  if (parsed.resourceType !== 'stateMachine' || parsed.resource.length > 2) throw wrongType(parsed.resourceType);
  // Spelled out rather than spread: this runs on every StartExecution, and spreads cost new hidden classes.
  const { region, accountId, resourceType, resource } = parsed;
  return { region, accountId, resourceType, resource, name: resource[0], qualifier: resource[1] };
}

/** Accepts Standard (`…:execution:{sm}:{name}`) and Express (`…:express:{sm}:{name}:{uuid}`) execution ARNs. */
export function parseExecutionArn(arn: string): ParsedArn & { express: boolean } {
  const { region, accountId, resourceType, resource } = parseStatesArn(arn);
  const partsExpected = resourceType === 'execution' ? 2 : resourceType === 'express' ? 3 : undefined;
  if (resource.length !== partsExpected) throw wrongType(resourceType);
  return { region, accountId, resourceType, resource, express: resourceType === 'express' };
}

/**
 * Whether an execution ARN names a Map Run's labelled machine (`…:execution:NAME/LABEL:…`), as only a
 * Distributed Map child's does: state machine and execution names cannot hold a slash.
 */
export function namesLabelledMachine(executionArn: string): boolean {
  return executionArn.includes('/');
}

/**
 * The Standard-only APIs refuse Express execution ARNs exactly as AWS does
 * (docs/aws-behaviour.md#express-workflows-and-the-history-api).
 */
export function refuseExpressExecution(arn: string): void {
  if (parseExecutionArn(arn).express) throw wrongType('express');
}

/** IAM role ARNs are not used, but must look like one (as on AWS and Step Functions Local). */
export function checkRoleArn(arn: string): void {
  if (!/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@\-/]+$/.test(arn)) {
    throw new ApiError('InvalidArn', `Invalid Arn: 'Invalid ARN prefix: ${arn}'`);
  }
}

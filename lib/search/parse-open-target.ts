/** What the header search box can open: an execution, or a state machine's executions. */
export type OpenTarget =
  | { kind: 'execution'; arn: string; region: string; express: boolean }
  | { kind: 'state-machine'; arn: string; region: string }
  | { kind: 'invalid'; message: string };

export const OPEN_TARGET_EXPECTED =
  'Paste an execution ARN (arn:aws:states:REGION:ACCOUNT:execution:MACHINE:NAME), a state machine ARN ' +
  '(arn:aws:states:REGION:ACCOUNT:stateMachine:NAME) or an AWS console URL of an execution or a state machine.';

const ARN_PATTERN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):states:([a-z0-9-]+):(\d{12}):(.+)$/;
// Console hosts: `REGION.console.aws.amazon.com`, `console.aws.amazon.com`, China and GovCloud consoles.
const CONSOLE_HOST = /(^|\.)console\.(aws\.amazon\.com|amazonaws\.cn|amazonaws-us-gov\.com)$/;

function invalid(reason: string): OpenTarget {
  return { kind: 'invalid', message: `${reason} ${OPEN_TARGET_EXPECTED}` };
}

/**
 * Classifies a Step Functions ARN by its resource type (docs/aws-behaviour.md#arns-and-names):
 * `execution:MACHINE:NAME` (MACHINE may carry `/label` for Distributed Map children),
 * `express:MACHINE:NAME:UUID`, and `stateMachine:NAME` with an optional version or alias qualifier.
 */
export function parseStatesArn(arn: string): OpenTarget {
  // Both groups are required by the pattern: set on every match, absent only without one.
  const [, , region, , resource] = ARN_PATTERN.exec(arn) ?? [];
  if (region === undefined || resource === undefined) {
    return arn.startsWith('arn:')
      ? invalid(`"${arn}" is an ARN, but not a Step Functions one in the form arn:aws:states:REGION:ACCOUNT:….`)
      : invalid(`"${arn}" is not an ARN.`);
  }
  const [resourceType, ...parts] = resource.split(':');
  const complete = parts.every((part) => part.length > 0);
  if (resourceType === 'execution' && parts.length === 2 && complete) return { kind: 'execution', arn, region, express: false };
  if (resourceType === 'express' && parts.length === 3 && complete) return { kind: 'execution', arn, region, express: true };
  if (resourceType === 'stateMachine' && (parts.length === 1 || parts.length === 2) && complete) {
    return { kind: 'state-machine', arn, region };
  }
  if (resourceType === 'execution' || resourceType === 'express' || resourceType === 'stateMachine') {
    return invalid(`"${arn}" looks like a ${resourceType} ARN but has the wrong number of parts.`);
  }
  return invalid(`"${arn}" is a Step Functions ${resourceType} ARN, which Statescope cannot open.`);
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The console keeps the ARN in the URL fragment (`#/v2/executions/details/ARN`, older
 * `#/executions/details/ARN`, `#/statemachines/view/ARN`), sometimes percent-encoded and followed by
 * its own `?query`.
 */
function parseConsoleUrl(url: URL): OpenTarget {
  if (!CONSOLE_HOST.test(url.hostname)) {
    return invalid(`"${url.hostname}" is not an AWS console address.`);
  }
  const fragment = decodeSafely(url.hash.replace(/^#/, ''));
  const arnStart = fragment.indexOf('arn:');
  if (!url.pathname.startsWith('/states') || arnStart < 0) {
    return invalid('This AWS console URL does not point at a Step Functions execution or state machine.');
  }
  const fromArn = fragment.slice(arnStart);
  const end = fromArn.search(/[?#&\s]/);
  const arn = end < 0 ? fromArn : fromArn.slice(0, end);
  return parseStatesArn(arn);
}

/** Reads what a person pasted into the search box: an ARN or an AWS console URL, with stray quotes trimmed. */
export function parseOpenTarget(input: string): OpenTarget {
  const text = input
    .trim()
    .replace(/^["'<`]+|["'>`]+$/g, '')
    .trim();
  if (text === '') return invalid('The search box was empty.');
  if (/^https?:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return invalid(`"${text}" is not a valid URL.`);
    }
    return parseConsoleUrl(url);
  }
  const decoded = text.startsWith('arn%3A') ? decodeSafely(text) : text;
  return parseStatesArn(decoded);
}

/**
 * Step Functions ARNs are regional and Statescope reads one region, so an ARN from another region can
 * only ever be "not found"; this says why, and what to change, before anyone looks for it.
 */
export function describeRegionMismatch(target: OpenTarget, dataSourceRegion: string): string | undefined {
  if (target.kind === 'invalid' || target.region === dataSourceRegion) return undefined;
  const what = target.kind === 'execution' ? 'execution' : 'state machine';
  return (
    `This ${what} is in ${target.region}, but Statescope reads Step Functions in ${dataSourceRegion}. ` +
    `Start Statescope with AWS_REGION=${target.region} to open it.`
  );
}

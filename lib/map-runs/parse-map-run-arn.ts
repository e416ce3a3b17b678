/** What a Map Run ARN names: `arn:PARTITION:states:REGION:ACCOUNT:mapRun:MACHINE/LABEL:ID`. */
export interface MapRunArnParts {
  partition: string;
  region: string;
  accountId: string;
  stateMachineName: string;
  /** The Distributed Map state's `Label`, else its name. */
  label: string;
  runId: string;
}

export type ParsedMapRunArn = { ok: true; parts: MapRunArnParts } | { ok: false; message: string };

const FORMAT = 'arn:aws:states:REGION:ACCOUNT:mapRun:STATE_MACHINE/LABEL:ID';
// ARNs are at most 2,000 characters (the API's length constraint on mapRunArn).
const MAX_ARN_CHARS = 2000;

/**
 * Reads a Map Run ARN in the form AWS writes it
 * (https://docs.aws.amazon.com/step-functions/latest/dg/concepts-examine-map-run.html), with a
 * message naming what is wrong when it is not one: the page answers 400 instead of asking AWS.
 */
export function parseMapRunArn(arn: string): ParsedMapRunArn {
  const invalid = (why: string): ParsedMapRunArn => ({ ok: false, message: `Not a Map Run ARN: ${why}. Expected ${FORMAT}.` });
  if (arn.length === 0) return invalid('it is empty');
  if (arn.length > MAX_ARN_CHARS) return invalid(`it is ${arn.length} characters long, more than ${MAX_ARN_CHARS}`);
  const fields = arn.split(':');
  const [prefix, partition, service, region, accountId, resourceType, machineAndLabel, runId] = fields;
  if (prefix !== 'arn' || !partition || service !== 'states') return invalid('it does not start with arn:aws:states:');
  if (resourceType !== 'mapRun') return invalid(`its resource type is '${resourceType ?? ''}', not 'mapRun'`);
  if (fields.length !== 8) return invalid(`it has ${fields.length} colon-separated fields, not 8`);
  if (!region || !/^[a-z0-9-]+$/.test(region)) return invalid('its region is missing or malformed');
  if (!accountId || !/^\d{12}$/.test(accountId)) return invalid('its account is not 12 digits');
  const slash = machineAndLabel?.indexOf('/') ?? -1;
  if (!machineAndLabel || slash <= 0 || slash === machineAndLabel.length - 1) {
    return invalid('it does not name the state machine and the Map state as MACHINE/LABEL');
  }
  if (!runId) return invalid('its run id is missing');
  return {
    ok: true,
    parts: {
      partition,
      region,
      accountId,
      stateMachineName: machineAndLabel.slice(0, slash),
      label: machineAndLabel.slice(slash + 1),
      runId,
    },
  };
}

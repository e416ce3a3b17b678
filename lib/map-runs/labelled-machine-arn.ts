/**
 * A Distributed Map's labelled machine, `…:stateMachine:NAME/LABEL`: the machine its child executions
 * run (https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html). It has
 * no executions list of its own; its children are listed by Map Run.
 */
export interface LabelledMachine {
  /** The state machine holding the Distributed Map, `…:stateMachine:NAME`. */
  parentArn: string;
  parentName: string;
  label: string;
}

/** The parts of a labelled machine ARN, or undefined for any other ARN. */
export function parseLabelledMachineArn(arn: string): LabelledMachine | undefined {
  const fields = arn.split(':');
  if (fields.length !== 7 || fields[0] !== 'arn' || fields[2] !== 'states' || fields[5] !== 'stateMachine') return undefined;
  const resource = fields[6] ?? '';
  const slash = resource.indexOf('/');
  if (slash <= 0 || slash === resource.length - 1 || resource.indexOf('/', slash + 1) !== -1) return undefined;
  const parentName = resource.slice(0, slash);
  return { parentArn: [...fields.slice(0, 6), parentName].join(':'), parentName, label: resource.slice(slash + 1) };
}

import { toEpochSeconds, type ActionContext, type ActionResult } from '../action-context';
import { toStateMachineArn } from '../arns';
import { optionalString, type RequestBody } from '../request-fields';
import { readPageSize } from './page-size';

/** ListStateMachines: the request region's machines, in creation order. */
export function listStateMachines(body: RequestBody, context: ActionContext): ActionResult {
  const limit = readPageSize(body);
  const scope = `state-machines|${context.region}`;
  const token = optionalString(body, 'nextToken', 1024);
  const afterId = token ? context.tokens.decode(token, scope) : 0;
  const prefix = toStateMachineArn(context.region, context.accountId, '');
  const rows = context.store.listStateMachines(prefix, afterId, limit + 1);
  const page = rows.slice(0, limit);
  const stateMachines = page.map((machine) => ({
    stateMachineArn: machine.arn,
    name: machine.name,
    type: machine.type,
    creationDate: toEpochSeconds(machine.creationDateMs),
  }));
  if (rows.length <= limit) return { stateMachines };
  const last = page.at(-1);
  if (!last) throw new Error('ListStateMachines: an empty page cannot carry a next token');
  return { stateMachines, nextToken: context.tokens.encode(scope, last.id) };
}

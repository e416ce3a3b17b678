import type { SearchQuery } from './parse-search-query';

/** A state machine as the resolver needs it. */
export interface NamedStateMachine {
  name: string;
  arn: string;
}

export type ResolvedMachines = { stateMachineArns?: string[] } | { error: string };

/**
 * Turns the `machine:NAME` values of a typed query into ARNs, from the list of state machines the
 * caller knows (the data source's, and those the index holds). A name matches exactly, else without
 * regard to case; a name that matches none, or several machines in different accounts or regions,
 * is an error that says which.
 */
export function resolveStateMachineNames(query: SearchQuery, machines: readonly NamedStateMachine[]): ResolvedMachines {
  const arns = new Set(query.stateMachineArns ?? []);
  for (const name of query.stateMachineNames ?? []) {
    let found = machines.filter((machine) => machine.name === name);
    if (!found.length) found = machines.filter((machine) => machine.name.toLowerCase() === name.toLowerCase());
    const distinct = [...new Set(found.map((machine) => machine.arn))];
    if (!distinct.length) {
      return {
        error: `machine:${name} names no known state machine${machines.length ? '' : ' (none could be listed)'}: give its ARN or a name from the list`,
      };
    }
    for (const arn of distinct) arns.add(arn);
  }
  return arns.size ? { stateMachineArns: [...arns] } : {};
}

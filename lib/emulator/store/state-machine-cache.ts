import type { StateMachineRecord, StateMachineRevision } from './store-types';

/** More entries than any real set of state machines; past it the cache starts afresh rather than grow. */
const MAX_ENTRIES = 2_000;

/** What never changes about a state machine id: the ARN and name its executions are listed under. */
export interface StateMachineIdentity {
  arn: string;
  name: string;
}

/**
 * The state machines and revisions the store has already read, so that every StartExecution does not
 * read its machine again (two queries, and a fresh copy of the definition text). Only the store writes
 * these tables (one process holds the data folder), so it keeps the cache true: revisions are never
 * rewritten and stay; a machine is forgotten when it gets a revision or is deleted; everything is
 * forgotten when a turn's writes are rolled back. Entries are frozen: callers share them.
 */
export class StateMachineCache {
  private readonly machinesByArn = new Map<string, StateMachineRecord>();
  private readonly revisions = new Map<string, StateMachineRevision>();
  private readonly identities = new Map<number, StateMachineIdentity>();

  machine(arn: string): StateMachineRecord | undefined {
    return this.machinesByArn.get(arn);
  }

  rememberMachine(machine: StateMachineRecord): StateMachineRecord {
    this.makeRoom(this.machinesByArn);
    const frozen = Object.freeze({ ...machine, current: this.rememberRevision(machine.id, machine.current) });
    this.machinesByArn.set(machine.arn, frozen);
    this.rememberIdentity(machine.id, machine);
    return frozen;
  }

  /** After an update or delete of this machine. */
  forgetMachine(id: number): void {
    for (const [arn, machine] of this.machinesByArn) if (machine.id === id) this.machinesByArn.delete(arn);
  }

  revision(stateMachineId: number, revision: number): StateMachineRevision | undefined {
    return this.revisions.get(revisionKey(stateMachineId, revision));
  }

  rememberRevision(stateMachineId: number, revision: StateMachineRevision): StateMachineRevision {
    const key = revisionKey(stateMachineId, revision.revision);
    const known = this.revisions.get(key);
    if (known) return known;
    this.makeRoom(this.revisions);
    const frozen = Object.freeze({ ...revision });
    this.revisions.set(key, frozen);
    return frozen;
  }

  identity(stateMachineId: number): StateMachineIdentity | undefined {
    return this.identities.get(stateMachineId);
  }

  rememberIdentity(stateMachineId: number, identity: StateMachineIdentity): void {
    this.makeRoom(this.identities);
    this.identities.set(stateMachineId, { arn: identity.arn, name: identity.name });
  }

  /** After a rollback: some of what was remembered may never have been committed. */
  clear(): void {
    this.machinesByArn.clear();
    this.revisions.clear();
    this.identities.clear();
  }

  private makeRoom(map: Map<unknown, unknown>): void {
    if (map.size >= MAX_ENTRIES) map.clear();
  }
}

function revisionKey(stateMachineId: number, revision: number): string {
  return `${stateMachineId}/${revision}`;
}

import type { EmulatorLogs } from '../logs/emulator-logs';
import type { EmulatorStore } from '../store/emulator-store';
import type { EmulatorEngine } from './emulator-engine';
import type { ExecutionRunner } from './execution-runner';
import type { PageTokenCodec } from './page-token-codec';
import type { RequestBody } from './request-fields';

/** What every API action gets besides its request body. */
export interface ActionContext {
  store: EmulatorStore;
  /** CloudWatch Logs (Logs_20140328.*), served on the same port. */
  logs: EmulatorLogs;
  runner: ExecutionRunner;
  engine: EmulatorEngine;
  tokens: PageTokenCodec;
  /** From the request's SigV4 credential scope. */
  region: string;
  accountId: string;
  nowMs(): number;
}

/** A response body that is already JSON text (used where building objects would cost too much). */
export class RawJson {
  constructor(readonly text: string) {}
}

export type ActionResult = Record<string, unknown> | RawJson;

export type Action = (body: RequestBody, context: ActionContext) => ActionResult | Promise<ActionResult>;

/**
 * API timestamps are epoch seconds with fractional milliseconds
 * (docs/aws-behaviour.md#wire-protocol).
 */
export function toEpochSeconds(ms: number): number {
  return ms / 1000;
}

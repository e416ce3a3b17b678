/** Set to 1 by `statescope serve --allow-actions` and `statescope demo --allow-actions`; read on the server only. */
export const ALLOW_ACTIONS_ENV = 'STATESCOPE_ALLOW_ACTIONS';

/** Whether the dashboard may change executions (stop, redrive, start): off unless started with the flag. */
export function areActionsAllowed(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env[ALLOW_ACTIONS_ENV] === '1';
}

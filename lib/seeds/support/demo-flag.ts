import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder whose files switch demo behaviour; `statescope demo` sets it to its emulator data directory. */
export const DEMO_FLAGS_DIR_ENV = 'STATESCOPE_DEMO_FLAGS_DIR';

/** Touch `$STATESCOPE_DEMO_FLAGS_DIR/inventory-service-restored` to end the demo's inventory outage, then redrive. */
export const INVENTORY_RESTORED_FLAG = 'inventory-service-restored';

/**
 * Whether the file `name` exists in the demo's flag folder, read on every call so that a handler
 * "fixed" while the emulator runs behaves fixed on the next attempt, as a redeployed Lambda would.
 */
export function isDemoFlagSet(name: string, env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const dir = env[DEMO_FLAGS_DIR_ENV];
  return dir !== undefined && dir !== '' && existsSync(path.join(dir, name));
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A definition of lib/seeds/definitions/, as the emulator stores it. */
export const readSeedDefinition = (name: string): string =>
  readFileSync(join(process.cwd(), 'lib', 'seeds', 'definitions', `${name}.asl.json`), 'utf8');

// Replaced with `true` by scripts/build-cli.mjs in the bundle; undeclared under tsx and Vitest.
declare const STATESCOPE_BUNDLED: boolean | undefined;

let enabled = false;

/**
 * Lets the emulator import Lambda handlers written in TypeScript (the seed handlers, and --handlers
 * DIR). The bundled CLI runs on plain Node, which cannot import `.ts`, so tsx's loader is registered
 * for them, once; from the TypeScript sources (tsx, Vitest) they already load. Only the commands that
 * start the emulator call this, so `--help` and `timeline` never load tsx.
 */
export async function enableTypeScriptHandlers(
  bundled: boolean = typeof STATESCOPE_BUNDLED !== 'undefined' && STATESCOPE_BUNDLED,
): Promise<boolean> {
  if (!bundled || enabled) return false;
  const { register } = await import('tsx/esm/api');
  register();
  enabled = true;
  return true;
}

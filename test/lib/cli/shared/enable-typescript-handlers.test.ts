import { beforeEach, describe, expect, it, vi } from 'vitest';

const register = vi.fn();
vi.mock('tsx/esm/api', () => ({ register }));

beforeEach(() => {
  vi.resetModules();
  register.mockClear();
});

async function load() {
  return (await import('@/lib/cli/shared/enable-typescript-handlers')).enableTypeScriptHandlers;
}

describe('enableTypeScriptHandlers', () => {
  it('does nothing when run from the TypeScript sources, which already import .ts (tsx, Vitest)', async () => {
    const enable = await load();
    expect(await enable()).toBe(false);
    expect(register).not.toHaveBeenCalled();
  });

  it("in the bundle, registers tsx's loader once, however many emulators start", async () => {
    const enable = await load();
    expect(await enable(true)).toBe(true);
    expect(await enable(true)).toBe(false);
    expect(register).toHaveBeenCalledTimes(1);
  });
});

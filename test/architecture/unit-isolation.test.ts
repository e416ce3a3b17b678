import { describe, expect, it } from 'vitest';
import { touchesGlobalState } from '../support/isolation/files-needing-isolation';

// The unit project shares one module graph between files (vitest.config.ts); these are the sources
// that must run in a graph of their own instead.
describe('touchesGlobalState', () => {
  it.each([
    ["vi.mock('@/lib/aws/clients', () => ({}));"],
    ['vi.doMock("node:fs");'],
    ['vi.useFakeTimers();'],
    ['vi.setSystemTime(new Date(0));'],
    ["vi.stubEnv('AWS_REGION', 'eu-west-1');"],
    ["vi.stubGlobal('fetch', fake);"],
    ["vi.spyOn(console, 'warn');"],
    ['vi.resetModules();'],
    ["process.env.STATESCOPE_DATA_DIR = '/tmp/x';"],
    ["process.env['AWS_PROFILE'] = 'dev';"],
    ['delete process.env.AWS_REGION;'],
    ["process.env = { ...saved, AWS_REGION: 'eu-west-1' };"],
    ["Object.assign(process.env, { AWS_REGION: 'eu-west-1' });"],
    ['globalThis.fetch = fake;'],
  ])('isolates a file containing %s', (source) => {
    expect(touchesGlobalState(source)).toBe(true);
  });

  it.each([
    ['const fn = vi.fn();'],
    ["if (process.env.AWS_REGION === 'us-east-1') skip();"],
    ['const region = process.env.AWS_REGION ?? FALLBACK;'],
    ['const saved = { ...process.env };'],
    ['expect(globalThis.fetch).toBeDefined();'],
    ["it('mocks nothing', () => expect(1).toBe(1));"],
  ])('shares the module graph for %s', (source) => {
    expect(touchesGlobalState(source)).toBe(false);
  });
});

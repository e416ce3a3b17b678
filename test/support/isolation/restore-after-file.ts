import { afterAll, vi } from 'vitest';

// A safety net for the shared module graph: files that change these are isolated
// (files-needing-isolation.ts), but one that slips past the markers still hands the next file real
// timers, real functions and the original environment.
afterAll(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

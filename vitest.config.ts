import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { filesNeedingIsolation } from './test/support/isolation/files-needing-isolation';

// The SDK's Node 20 end-of-support notice repeats in every worker and child process; it is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const root = fileURLToPath(new URL('.', import.meta.url));
// `server-only` throws outside React Server Components; tests import adapters directly.
const alias = {
  '@': root,
  'server-only': fileURLToPath(new URL('./test/support/empty-module.ts', import.meta.url)),
};

const unitInclude = ['test/**/*.test.ts'];
const unitExclude = ['test/e2e/**', 'test/integration/**'];
const isolatedUnitFiles = filesNeedingIsolation(root, 'test', ['test/e2e/', 'test/integration/']);
const isolatedIntegrationFiles = filesNeedingIsolation(root, 'test/integration', []);

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          // One module graph for all of these files: re-importing the same modules per file was
          // most of this project's time.
          name: 'unit',
          include: unitInclude,
          exclude: [...unitExclude, ...isolatedUnitFiles],
          environment: 'node',
          testTimeout: 30_000,
          isolate: false,
          setupFiles: ['test/support/isolation/restore-after-file.ts'],
        },
      },
      {
        // Unit files that mock modules or change timers, the environment or globals: each gets its own.
        resolve: { alias },
        test: {
          name: 'unit-isolated',
          include: isolatedUnitFiles,
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        // Tests that start the emulator, the CLI or the dashboard as processes or servers, and the
        // ones that check whole recorded AWS corpora.
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          exclude: isolatedIntegrationFiles,
          environment: 'node',
          testTimeout: 30_000,
          // Shared as the unit project's is (see there).
          isolate: false,
          setupFiles: ['test/support/isolation/restore-after-file.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration-isolated',
          include: isolatedIntegrationFiles,
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
});

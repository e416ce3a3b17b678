import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { filesNeedingIsolation } from './test/support/isolation/files-needing-isolation';

// The SDK's Node 20 end-of-support notice repeats in every worker and child process; it is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const root = fileURLToPath(new URL('.', import.meta.url));
// `server-only` throws outside React Server Components; tests import adapters directly.
const alias = {
  '@': root,
  'server-only': fileURLToPath(new URL('./test/support/empty-module.ts', import.meta.url)),
};

/**
 * A project whose files share one module graph (`isolate: false`): importing the same modules again
 * for every file was most of its time. The files that mock modules or change timers, the environment
 * or globals (files-needing-isolation.ts) run apart as `<name>-isolated`, each with its own graph.
 */
function sharedGraphProjects(name: string, folder: string, exclude: string[]): TestProjectInlineConfiguration[] {
  const isolated = filesNeedingIsolation(root, folder, exclude);
  const common = { environment: 'node', testTimeout: 30_000 } as const;
  return [
    {
      resolve: { alias },
      test: {
        ...common,
        name,
        include: [`${folder}/**/*.test.ts`],
        exclude: [...exclude.map((prefix) => `${prefix}**`), ...isolated],
        isolate: false,
        setupFiles: ['test/support/isolation/restore-after-file.ts'],
      },
    },
    { resolve: { alias }, test: { ...common, name: `${name}-isolated`, include: isolated } },
  ];
}

export default defineConfig({
  test: {
    projects: [
      ...sharedGraphProjects('unit', 'test', ['test/e2e/', 'test/integration/']),
      // Tests that start the emulator, the CLI or the dashboard as processes or servers, and the
      // ones that check whole recorded AWS corpora.
      ...sharedGraphProjects('integration', 'test/integration', []),
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

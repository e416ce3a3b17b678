/**
 * Modules with logic whose test is not at the mirrored path, each with the test that covers it and
 * why. test-mirror.test.ts fails when an entry goes stale, so this list only shrinks honestly.
 */
export interface CoveringTest {
  test: string;
  reason: string;
}

const REACT_HOOK = 'a React hook: the project has no React test renderer, so it is exercised in Chromium';
const STARTS_SERVER = 'starts the emulator as an HTTP server: tested over HTTP with the SDK and raw sockets';
const NEEDS_EMULATOR = 'orchestrates paged, paced AWS calls: tested against an emulator over HTTP';

export const TESTED_ELSEWHERE: Record<string, CoveringTest> = {
  // Distributed Map runs (issue 15): engine parts through the Map state's runs, server parts over HTTP.
  'lib/emulator/engine/map-run-host.ts': {
    test: 'test/lib/emulator/engine/states/distributed-map.test.ts',
    reason: 'interfaces and ObjectStoreError, exercised by the Distributed Map runs',
  },
  'lib/emulator/engine/states/item-reader.ts': {
    test: 'test/lib/emulator/engine/states/distributed-map.test.ts',
    reason: 'runs inside a Distributed Map state',
  },
  'lib/emulator/engine/states/map-batches.ts': {
    test: 'test/lib/emulator/engine/states/distributed-map.test.ts',
    reason: 'runs inside a Distributed Map state',
  },
  'lib/emulator/engine/states/result-writer.ts': {
    test: 'test/lib/emulator/engine/states/distributed-map.test.ts',
    reason: 'runs inside a Distributed Map state',
  },
  'lib/emulator/map-runs/local-s3.ts': {
    test: 'test/lib/emulator/engine/states/distributed-map.test.ts',
    reason: 'read and written by ItemReader and ResultWriter runs',
  },
  'lib/emulator/map-runs/child-workflow.ts': { test: 'test/integration/emulator-server/map-runs.test.ts', reason: STARTS_SERVER },
  'lib/emulator/server/actions/describe-map-run.ts': { test: 'test/integration/emulator-server/map-runs.test.ts', reason: STARTS_SERVER },
  'lib/emulator/server/actions/update-map-run.ts': { test: 'test/integration/emulator-server/map-runs.test.ts', reason: STARTS_SERVER },
  'lib/emulator/server/actions/list-map-run-executions.ts': {
    test: 'test/integration/emulator-server/map-runs.test.ts',
    reason: STARTS_SERVER,
  },
  'lib/emulator/map-runs/find-map-run.ts': { test: 'test/integration/emulator-server/map-runs.test.ts', reason: STARTS_SERVER },
  'lib/services/execution-counts/count-from-metrics.ts': {
    test: 'test/integration/execution-counts/read-execution-counts.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/services/execution-counts/count-machines.ts': {
    test: 'test/integration/execution-counts/read-execution-counts.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/services/execution-counts/read-execution-counts.ts': {
    test: 'test/integration/execution-counts/read-execution-counts.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/services/execution-counts/read-execution-series.ts': {
    test: 'test/integration/execution-counts/read-execution-counts.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/aws/list-executions-page-paced.ts': {
    test: 'test/integration/execution-index/sync-execution-index.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/aws/describe-execution-paced.ts': { test: 'test/integration/execution-index/sync-execution-index.test.ts', reason: NEEDS_EMULATOR },
  'lib/aws/get-execution-history-paced.ts': {
    test: 'test/integration/execution-index/sync-execution-index.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/services/execution-index/standard-execution-reader.ts': {
    test: 'test/integration/execution-index/sync-execution-index.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/services/execution-index/express-execution-reader.ts': {
    test: 'test/integration/execution-index/sync-execution-index.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/services/execution-index/sync-state-machine.ts': {
    test: 'test/integration/execution-index/sync-execution-index.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/services/execution-index/sync-execution-index.ts': {
    test: 'test/integration/execution-index/sync-execution-index.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/services/execution-index/build-index-entry.ts': {
    test: 'test/integration/execution-index/archive-and-redaction.test.ts',
    reason: 'redaction before storing is checked on the bytes of the SQLite file a real sync wrote',
  },
  'lib/services/execution-index/background-sync.ts': {
    test: 'test/integration/execution-index/background-sync.test.ts',
    reason: NEEDS_EMULATOR,
  },
  'lib/cli/commands/sync.ts': {
    test: 'test/integration/execution-index/sync-command.test.ts',
    reason: 'runs as bin/statescope.js against an emulator, killed with SIGKILL part-way',
  },
  'lib/services/compare/find-last-succeeded-execution.ts': { test: 'test/integration/cli/compare-command.test.ts', reason: NEEDS_EMULATOR },
  'app/_proxy/answer-invalid-compare.ts': {
    test: 'test/e2e/compare.test.ts',
    reason: 'fetches the page from the running Next.js server to answer it with status 400',
  },
  'components/execution-detail/use-clock.ts': { test: 'test/e2e/execution-debugging.test.ts', reason: REACT_HOOK },
  'components/execution-detail/use-url-state.ts': { test: 'test/e2e/execution-debugging.test.ts', reason: REACT_HOOK },
  'components/execution-detail/use-visit-keyboard.ts': { test: 'test/e2e/execution-debugging.test.ts', reason: REACT_HOOK },
  'components/execution-detail/use-visit-selection.ts': { test: 'test/e2e/execution-debugging.test.ts', reason: REACT_HOOK },
  'components/execution-detail/use-visit-payloads.ts': { test: 'test/e2e/execution-on-demand.test.ts', reason: REACT_HOOK },
  'components/execution-detail/use-whole-view.ts': { test: 'test/e2e/large-map-page.test.ts', reason: REACT_HOOK },
  'app/executions/[arn]/_sections/read-execution-view.ts': {
    test: 'test/app/executions/[arn]/view/route.test.ts',
    reason: "the execution page's per-request reads of AWS: tested through the view route against an emulator",
  },
  'components/ui/use-keyboard-scrollable.ts': { test: 'test/e2e/accessibility.test.ts', reason: REACT_HOOK },
  'lib/services/review-state-machine-cost.ts': { test: 'test/integration/cost/review-state-machine-cost.test.ts', reason: NEEDS_EMULATOR },
  'lib/services/review-express-state-machine-cost.ts': {
    test: 'test/integration/cost/cost-express.test.ts',
    reason: `${NEEDS_EMULATOR} (reached through reviewStateMachineCost for an Express machine)`,
  },
  'lib/emulator/start-emulator-server.ts': { test: 'test/integration/emulator-server/emulator-api.test.ts', reason: STARTS_SERVER },
  'lib/emulator/start-emulator.ts': { test: 'test/integration/emulator-server/real-engine.test.ts', reason: STARTS_SERVER },
  'lib/emulator/server/actions/redrive-execution.ts': {
    test: 'test/integration/emulator-server/redrive-execution.test.ts',
    reason: 'reruns executions with real Lambda handlers whose code a test fixes between runs: tested over HTTP with the SDK',
  },
  'lib/aws/send-sfn.ts': {
    test: 'test/integration/aws/send-sfn.test.ts',
    reason: 'turns real transport failures (refused connections, a stub server answering errors) into data-source errors',
  },
  'lib/demo/seed-demo.ts': {
    test: 'test/integration/demo/seed-demo.test.ts',
    reason: 'builds its own SDK client against a running emulator',
  },
};

import { buildNextApp, startNextServer, type NextServer } from '../../test/e2e/support/start-next-server';
import { findFreePort } from '../../test/e2e/support/find-free-port';
import { BENCH_AWS_ENV } from './bench-aws';

export interface DashboardOptions {
  /** The checkout to build and serve: this one by default, or a baseline's worktree. */
  cwd?: string;
  /** Prefixes the build's log lines (e.g. `baseline: `). */
  logPrefix?: string;
  /** Build even with STATESCOPE_E2E_SKIP_BUILD=1 (a baseline worktree has no build to reuse). */
  alwaysBuild?: boolean;
}

/**
 * Builds (in STATESCOPE_NEXT_DIST_DIR) and starts the dashboard of a checkout on a free port against
 * `endpointUrl` (the emulator, or a proxy counting its calls); closed through `cleanups`, most recent first.
 */
export async function startBenchDashboard(
  endpointUrl: string,
  cleanups: (() => unknown)[],
  { cwd = process.cwd(), logPrefix = '', alwaysBuild = false }: DashboardOptions = {},
): Promise<NextServer> {
  const skip = process.env.STATESCOPE_E2E_SKIP_BUILD;
  if (alwaysBuild) delete process.env.STATESCOPE_E2E_SKIP_BUILD;
  try {
    await buildNextApp(cwd, (line) => console.error(`${logPrefix}${line}`));
  } finally {
    if (alwaysBuild && skip !== undefined) process.env.STATESCOPE_E2E_SKIP_BUILD = skip;
  }
  const server = await startNextServer({ cwd, port: await findFreePort(), env: { ...BENCH_AWS_ENV, AWS_ENDPOINT_URL: endpointUrl } });
  cleanups.unshift(() => server.close());
  return server;
}

import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { runServeCommand } from '@/lib/cli/commands/serve';

// `next start` is replaced by a fake dashboard, and the wait for Ctrl+C by a fake that says why it
// ended, so the command runs to its end in-process. The real dashboard is started in test/e2e.
const fakes = vi.hoisted(() => ({
  startDashboard: vi.fn(),
  waitForShutdown: vi.fn<(alsoOn?: Promise<unknown>) => Promise<string>>(),
  close: vi.fn(async () => undefined),
  startBackgroundSync: vi.fn(),
  stopSync: vi.fn(async () => undefined),
}));
// The background sync is a fake too: it would open the index and call the data source (its own test
// is test/integration/execution-index/background-sync.test.ts).
vi.mock('@/lib/services/execution-index/background-sync', () => ({ startBackgroundSync: fakes.startBackgroundSync }));
vi.mock('@/lib/cli/shared/start-dashboard', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/cli/shared/start-dashboard')>()),
  startDashboard: fakes.startDashboard,
  waitForShutdown: fakes.waitForShutdown,
}));

let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;
const exited = Promise.resolve(3);

beforeEach(() => {
  for (const name of ['PORT', 'AWS_ENDPOINT_URL_SFN', 'AWS_ENDPOINT_URL', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_PROFILE'])
    vi.stubEnv(name, undefined);
  fakes.close.mockClear();
  fakes.stopSync.mockClear();
  for (const name of ['STATESCOPE_INDEX', 'STATESCOPE_SYNC', 'STATESCOPE_SYNC_INTERVAL', 'STATESCOPE_REDACT', 'STATESCOPE_RETENTION_DAYS'])
    vi.stubEnv(name, undefined);
  fakes.startBackgroundSync.mockReset().mockReturnValue({ stop: fakes.stopSync, firstSync: Promise.resolve(undefined) });
  fakes.startDashboard
    .mockReset()
    .mockImplementation(async ({ port }: { port: number }) => ({ url: `http://127.0.0.1:${port}`, exited, close: fakes.close }));
  fakes.waitForShutdown.mockReset().mockResolvedValue('SIGINT');
  log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const printed = () => log.mock.calls.map((call) => String(call[0])).join('\n');

describe('statescope serve: flags', () => {
  it('serves on $PORT, default 3000, with the environment as it is', async () => {
    expect(await runServeCommand([])).toBe(0);
    const indexFile = path.resolve('.statescope', 'index.db');
    // The dashboard is told the sync interval: the index may lag two of them and still count exactly.
    expect(fakes.startDashboard).toHaveBeenCalledExactlyOnceWith({
      port: 3000,
      env: process.env,
      indexFile,
      syncIntervalSeconds: 60,
      allowActions: false,
    });
    vi.stubEnv('PORT', '4000');
    await runServeCommand([]);
    expect(fakes.startDashboard).toHaveBeenLastCalledWith({
      port: 4000,
      env: process.env,
      indexFile,
      syncIntervalSeconds: 60,
      allowActions: false,
    });
  });

  it('lets the dashboard stop, redrive and start executions only with --allow-actions, and says which', async () => {
    await runServeCommand([]);
    expect(printed()).toContain('Actions:   off (--allow-actions to stop, redrive or start executions)');
    await runServeCommand(['--allow-actions']);
    expect(fakes.startDashboard).toHaveBeenLastCalledWith(expect.objectContaining({ allowActions: true }));
    expect(printed()).toContain('Actions:   allowed (stop, redrive, start from the execution page)');
  });

  it('takes --port over $PORT', async () => {
    vi.stubEnv('PORT', '4000');
    await runServeCommand(['--port', '5000']);
    expect(fakes.startDashboard).toHaveBeenCalledWith(expect.objectContaining({ port: 5000 }));
  });

  it.each([
    [['extra'], "unexpected argument 'extra'"],
    [['--json'], 'unknown option --json'],
    [['--port'], 'option --port needs a value'],
    [['--port', '0'], "the dashboard port must be a number from 1 to 65535, got '0'"],
    [['--port', '65536'], "the dashboard port must be a number from 1 to 65535, got '65536'"],
    [['--port', 'web'], "the dashboard port must be a number from 1 to 65535, got 'web'"],
  ])('refuses %j before starting anything: %s', async (argv, message) => {
    await expect(runServeCommand(argv)).rejects.toThrow(new Error(message));
    expect(fakes.startDashboard).not.toHaveBeenCalled();
  });

  it('refuses a bad $PORT', async () => {
    vi.stubEnv('PORT', 'abc');
    await expect(runServeCommand([])).rejects.toThrow("the dashboard port must be a number from 1 to 65535, got 'abc'");
    expect(fakes.startDashboard).not.toHaveBeenCalled();
  });
});

describe('statescope serve: running', () => {
  it.each([
    [{}, 'AWS Step Functions in the region of your AWS config'],
    [{ AWS_DEFAULT_REGION: 'eu-west-1' }, 'AWS Step Functions in eu-west-1'],
    [
      { AWS_REGION: 'eu-central-1', AWS_DEFAULT_REGION: 'eu-west-1', AWS_PROFILE: 'prod' },
      'AWS Step Functions in eu-central-1, profile prod',
    ],
    [{ AWS_ENDPOINT_URL: 'http://localhost:8083', AWS_REGION: 'us-east-1' }, 'Step Functions at http://localhost:8083 (us-east-1)'],
    [
      { AWS_ENDPOINT_URL: 'http://localhost:4566', AWS_ENDPOINT_URL_SFN: 'http://localhost:8083', AWS_PROFILE: 'ignored' },
      'Step Functions at http://localhost:8083 (the region of your AWS config)',
    ],
  ])('with %j says where the data comes from: %s', async (env, data) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    await runServeCommand([]);
    const index = `Index:     ${path.resolve('.statescope', 'index.db')} (synced every 60 s)`;
    expect(printed()).toBe(
      `\nDashboard: http://127.0.0.1:3000\nData:      ${data}\n${index}\nActions:   off (--allow-actions to stop, redrive or start executions)\nPress Ctrl+C to stop.\n\nReceived SIGINT, stopping…`,
    );
  });

  it('stops the dashboard on a signal, exit 0', async () => {
    fakes.waitForShutdown.mockResolvedValue('SIGTERM');
    expect(await runServeCommand([])).toBe(0);
    expect(fakes.waitForShutdown).toHaveBeenCalledWith(exited);
    expect(printed()).toContain('\nReceived SIGTERM, stopping…');
    expect(fakes.close).toHaveBeenCalledOnce();
    expect(error).not.toHaveBeenCalled();
  });

  it('reports a dashboard that exited on its own with its exit code, exit 1', async () => {
    fakes.waitForShutdown.mockResolvedValue('exit');
    expect(await runServeCommand([])).toBe(1);
    expect(error).toHaveBeenCalledExactlyOnceWith('statescope serve: the dashboard exited with code 3.');
    expect(fakes.close).toHaveBeenCalledOnce();
  });

  it('stops the dashboard when waiting fails', async () => {
    fakes.waitForShutdown.mockRejectedValue(new Error('wait failed'));
    await expect(runServeCommand([])).rejects.toThrow('wait failed');
    expect(fakes.close).toHaveBeenCalledOnce();
  });
});

describe('statescope serve: the execution index', () => {
  it('keeps the index current in the background with the settings given, and stops the sync before the dashboard', async () => {
    const order: string[] = [];
    fakes.stopSync.mockImplementation(async () => void order.push('sync'));
    fakes.close.mockImplementation(async () => void order.push('dashboard'));
    expect(
      await runServeCommand(['--index', 'sub/i.db', '--redact', '$..password', '--sync-interval', '5', '--retention-days', '30']),
    ).toBe(0);
    expect(fakes.startDashboard).toHaveBeenCalledWith(expect.objectContaining({ indexFile: path.resolve('sub', 'i.db') }));
    expect(fakes.startBackgroundSync).toHaveBeenCalledOnce();
    const { settings } = fakes.startBackgroundSync.mock.calls[0]?.[0] as { settings: Record<string, unknown> };
    expect(settings).toMatchObject({
      indexFile: path.resolve('sub', 'i.db'),
      redactPaths: ['$..password'],
      syncIntervalSeconds: 5,
      retentionDays: 30,
    });
    expect(order).toEqual(['sync', 'dashboard']);
  });

  it('--no-sync (or STATESCOPE_SYNC=off) leaves the index alone but still names it to the dashboard', async () => {
    await runServeCommand(['--no-sync']);
    vi.stubEnv('STATESCOPE_SYNC', 'off');
    await runServeCommand([]);
    expect(fakes.startBackgroundSync).not.toHaveBeenCalled();
    expect(fakes.startDashboard).toHaveBeenCalledWith(expect.objectContaining({ indexFile: path.resolve('.statescope', 'index.db') }));
    expect(printed()).toContain('(not synced: --no-sync)');
  });

  it('refuses a bad index setting before starting anything', async () => {
    await expect(runServeCommand(['--sync-interval', 'never'])).rejects.toThrow(
      "option --sync-interval must be a number of seconds above 0, got 'never'",
    );
    expect(fakes.startDashboard).not.toHaveBeenCalled();
  });
});

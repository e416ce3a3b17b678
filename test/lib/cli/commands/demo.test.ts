import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { runDemoCommand } from '@/lib/cli/commands/demo';
import type { DemoSummary } from '@/lib/demo/seed-demo';

// The emulator, the seeding, `next start` and the wait for Ctrl+C are fakes, so the command runs to
// its end in-process. The real demo (emulator, seed data, SIGTERM) is in
// test/integration/cli/bin-commands.test.ts.
const fakes = vi.hoisted(() => {
  class PortInUseError extends Error {}
  return {
    PortInUseError,
    startEmulator: vi.fn(),
    emulatorClose: vi.fn(async () => undefined),
    seedDemo: vi.fn<(options: { endpoint: string; log?: (line: string) => void }) => Promise<DemoSummary>>(),
    startDashboard: vi.fn(),
    dashboardClose: vi.fn(async () => undefined),
    waitForShutdown: vi.fn<(alsoOn?: Promise<unknown>) => Promise<string>>(),
    startBackgroundSync: vi.fn(),
    stopSync: vi.fn(async () => undefined),
  };
});
// The background sync is a fake: test/integration/execution-index/background-sync.test.ts runs the real one.
vi.mock('@/lib/services/execution-index/background-sync', () => ({ startBackgroundSync: fakes.startBackgroundSync }));
const DEMO_AWS = ['AWS_ENDPOINT_URL', 'AWS_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'] as const;
vi.mock('@/lib/emulator/start-emulator', () => ({ startEmulator: fakes.startEmulator, PortInUseError: fakes.PortInUseError }));
vi.mock('@/lib/demo/seed-demo', () => ({ seedDemo: fakes.seedDemo }));
vi.mock('@/lib/cli/shared/start-dashboard', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/cli/shared/start-dashboard')>()),
  startDashboard: fakes.startDashboard,
  waitForShutdown: fakes.waitForShutdown,
}));

const EMULATOR_URL = 'http://127.0.0.1:8083';
const exited = Promise.resolve(3);
const summary: DemoSummary = {
  stateMachines: [
    { name: 'odd-even', arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:odd-even' },
    { name: 'daycare-registration', arn: 'arn:aws:states:us-east-1:123456789012:stateMachine:daycare-registration' },
  ],
  executions: [
    { scenario: 'odd', executionArn: 'arn:aws:states:us-east-1:123456789012:execution:odd-even:odd-1', expectedStatus: 'SUCCEEDED' },
  ],
};

let log: MockInstance<typeof console.log>;
let error: MockInstance<typeof console.error>;

beforeEach(() => {
  vi.stubEnv('PORT', undefined);
  // The demo points this process's SDK at its emulator for the sync: stubbed so each test starts clean.
  for (const name of [...DEMO_AWS, 'STATESCOPE_INDEX', 'STATESCOPE_SYNC', 'STATESCOPE_DEMO_FLAGS_DIR']) vi.stubEnv(name, undefined);
  fakes.stopSync.mockClear();
  fakes.startBackgroundSync.mockReset().mockReturnValue({ stop: fakes.stopSync, firstSync: Promise.resolve(undefined) });
  for (const fake of [fakes.startEmulator, fakes.seedDemo, fakes.startDashboard, fakes.waitForShutdown]) fake.mockReset();
  fakes.emulatorClose.mockClear();
  fakes.dashboardClose.mockClear();
  fakes.startEmulator.mockResolvedValue({ url: EMULATOR_URL, close: fakes.emulatorClose });
  fakes.seedDemo.mockImplementation(async (options) => {
    options.log?.('deployed odd-even');
    return summary;
  });
  fakes.startDashboard.mockImplementation(async ({ port }: { port: number }) => ({
    url: `http://127.0.0.1:${port}`,
    exited,
    close: fakes.dashboardClose,
  }));
  fakes.waitForShutdown.mockResolvedValue('SIGINT');
  log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

const printed = () => log.mock.calls.map((call) => String(call[0])).join('\n');

describe('statescope demo: flags', () => {
  it('starts the emulator on 127.0.0.1:8083 with its data in .statescope/demo, in real time', async () => {
    await runDemoCommand([]);
    expect(fakes.startEmulator).toHaveBeenCalledExactlyOnceWith({
      port: 8083,
      host: '127.0.0.1',
      dataDir: path.resolve('.statescope', 'demo'),
      timeScale: 1,
    });
  });

  it('passes --port, --data (made absolute) and --time-scale on', async () => {
    await runDemoCommand(['--port', '0', '--data', 'tmp/demo', '--time-scale', '0.01', '--no-dashboard']);
    expect(fakes.startEmulator).toHaveBeenCalledWith({ port: 0, host: '127.0.0.1', dataDir: path.resolve('tmp/demo'), timeScale: 0.01 });
  });

  it.each([
    [['extra'], "unexpected argument 'extra'"],
    [['--host', '0.0.0.0'], 'unknown option --host'],
    [['--no-dashboard=yes'], 'option --no-dashboard takes no value'],
    [['--port', 'eighty'], "option --port must be a number of at least 0, got 'eighty'"],
    [['--port', '65536'], "option --port must be a port number, got '65536'"],
    [['--port', '1.5'], "option --port must be a port number, got '1.5'"],
    [['--time-scale=-1'], "option --time-scale must be a number of at least 0, got '-1'"],
    [['--history-days', '91'], "option --history-days must be a whole number of days from 0 to 90, got '91'"],
    [['--history-days', '2.5'], "option --history-days must be a whole number of days from 0 to 90, got '2.5'"],
  ])('refuses %j before starting anything: %s', async (argv, message) => {
    await expect(runDemoCommand(argv)).rejects.toThrow(new Error(message));
    expect(fakes.startEmulator).not.toHaveBeenCalled();
  });

  it('refuses a bad $PORT for the dashboard before starting anything, unless there is no dashboard', async () => {
    vi.stubEnv('PORT', '99999');
    await expect(runDemoCommand([])).rejects.toThrow("the dashboard port must be a number from 1 to 65535, got '99999'");
    expect(fakes.startEmulator).not.toHaveBeenCalled();
    expect(await runDemoCommand(['--no-dashboard'])).toBe(0);
  });
});

describe('statescope demo: running', () => {
  it('lets the dashboard take actions only with --allow-actions, and points the seed handlers’ flags at its data', async () => {
    expect(await runDemoCommand(['--allow-actions', '--data', 'd'])).toBe(0);
    expect(fakes.startDashboard).toHaveBeenCalledWith(expect.objectContaining({ allowActions: true }));
    expect(process.env.STATESCOPE_DEMO_FLAGS_DIR).toBe(path.resolve('d'));
  });

  it('gives the demo 14 days of back-dated history unless --history-days says otherwise (0: none)', async () => {
    expect(await runDemoCommand(['--no-dashboard', '--history-days', '0'])).toBe(0);
    expect(fakes.seedDemo).toHaveBeenLastCalledWith(expect.objectContaining({ historyDays: 0 }));
    expect(await runDemoCommand(['--no-dashboard', '--history-days=3'])).toBe(0);
    expect(fakes.seedDemo).toHaveBeenLastCalledWith(expect.objectContaining({ historyDays: 3 }));
  });

  it('seeds the emulator, then serves the dashboard on $PORT pointed at it with demo credentials', async () => {
    vi.stubEnv('PORT', '4000');
    expect(await runDemoCommand([])).toBe(0);
    expect(fakes.seedDemo).toHaveBeenCalledWith(expect.objectContaining({ endpoint: EMULATOR_URL, historyDays: 14 }));
    expect(fakes.startDashboard).toHaveBeenCalledExactlyOnceWith({
      port: 4000,
      env: expect.objectContaining({
        AWS_ENDPOINT_URL: EMULATOR_URL,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'statescope-demo',
        AWS_SECRET_ACCESS_KEY: 'statescope-demo',
        PORT: '4000',
      }),
      indexFile: path.resolve('.statescope', 'demo', 'index.db'),
      syncIntervalSeconds: 60,
      allowActions: false,
    });
    expect(fakes.startBackgroundSync).toHaveBeenCalledOnce();
    expect(process.env.AWS_ENDPOINT_URL).toBe(EMULATOR_URL);
    expect(fakes.stopSync).toHaveBeenCalledOnce();
    expect(fakes.waitForShutdown).toHaveBeenCalledWith(exited);
    expect(printed()).toBe(
      [
        `Step Functions emulator on ${EMULATOR_URL} (data in ${path.resolve('.statescope', 'demo')})`,
        '  deployed odd-even',
        'Demo data: 2 Standard state machines, 1 executions.',
        '\nDashboard: http://127.0.0.1:4000',
        `Emulator:  ${EMULATOR_URL}   (AWS_ENDPOINT_URL=${EMULATOR_URL} AWS_REGION=us-east-1)`,
        `Index:     ${path.resolve('.statescope', 'demo', 'index.db')} (synced every 60 s)`,
        'Press Ctrl+C to stop.',
        '\nReceived SIGINT, stopping…',
      ].join('\n'),
    );
    expect(fakes.dashboardClose).toHaveBeenCalledOnce();
    expect(fakes.emulatorClose).toHaveBeenCalledOnce();
  });

  it('counts the Express demo in its summary when there is one', async () => {
    fakes.seedDemo.mockResolvedValue({
      ...summary,
      express: {
        stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:odd-even-express',
        logGroupName: '/aws/vendedlogs/states/odd-even-express',
        executions: 2000,
        failed: 1,
        errorsOnly: {
          stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:odd-even-express-errors',
          logGroupName: '/aws/vendedlogs/states/odd-even-express-errors',
        },
      },
    });
    await runDemoCommand(['--no-dashboard']);
    expect(printed()).toContain(
      'Demo data: 2 Standard state machines, 1 executions; Express: 2 state machines, 2000 executions of odd-even-express in CloudWatch Logs.',
    );
  });

  it('runs without a dashboard with --no-dashboard, waiting on signals only', async () => {
    fakes.waitForShutdown.mockResolvedValue('SIGTERM');
    expect(await runDemoCommand(['--no-dashboard'])).toBe(0);
    expect(fakes.startDashboard).not.toHaveBeenCalled();
    expect(fakes.waitForShutdown).toHaveBeenCalledWith(undefined);
    expect(printed()).toContain('\nDashboard not started (--no-dashboard).\n');
    expect(printed()).toContain('\nReceived SIGTERM, stopping…');
    expect(fakes.emulatorClose).toHaveBeenCalledOnce();
  });

  it('stops everything with exit 1 when the dashboard exits on its own', async () => {
    fakes.waitForShutdown.mockResolvedValue('exit');
    expect(await runDemoCommand([])).toBe(1);
    expect(error).toHaveBeenCalledExactlyOnceWith('statescope demo: the dashboard exited with code 3; stopping.');
    expect(fakes.dashboardClose).toHaveBeenCalledOnce();
    expect(fakes.emulatorClose).toHaveBeenCalledOnce();
  });

  it('reports a port in use with exit 1, seeding nothing', async () => {
    fakes.startEmulator.mockRejectedValue(new fakes.PortInUseError('port 8083 on 127.0.0.1 is already in use'));
    expect(await runDemoCommand([])).toBe(1);
    expect(error).toHaveBeenCalledExactlyOnceWith('statescope demo: port 8083 on 127.0.0.1 is already in use');
    expect(fakes.seedDemo).not.toHaveBeenCalled();
  });

  it('lets another start failure through', async () => {
    fakes.startEmulator.mockRejectedValue(new Error('EACCES'));
    await expect(runDemoCommand([])).rejects.toThrow('EACCES');
  });

  it('stops the emulator when seeding fails, starting no dashboard', async () => {
    fakes.seedDemo.mockRejectedValue(new Error('CreateStateMachine failed'));
    await expect(runDemoCommand([])).rejects.toThrow('CreateStateMachine failed');
    expect(fakes.startDashboard).not.toHaveBeenCalled();
    expect(fakes.emulatorClose).toHaveBeenCalledOnce();
  });
});

describe('statescope demo: the execution index', () => {
  it('syncs beside its data unless --index says otherwise, and --no-sync turns the sync off', async () => {
    await runDemoCommand(['--data', 'elsewhere', '--no-dashboard']);
    const { settings } = fakes.startBackgroundSync.mock.calls[0]?.[0] as { settings: { indexFile: string } };
    expect(settings.indexFile).toBe(path.resolve('elsewhere', 'index.db'));
    await runDemoCommand(['--index', 'mine.db', '--no-dashboard']);
    expect((fakes.startBackgroundSync.mock.calls[1]?.[0] as { settings: { indexFile: string } }).settings.indexFile).toBe(
      path.resolve('mine.db'),
    );
    fakes.startBackgroundSync.mockClear();
    await runDemoCommand(['--no-sync', '--no-dashboard']);
    expect(fakes.startBackgroundSync).not.toHaveBeenCalled();
  });
});

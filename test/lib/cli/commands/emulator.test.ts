import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { runEmulatorCommand } from '@/lib/cli/commands/emulator';

// The emulator is replaced by a fake that refuses to start, so the command returns instead of serving
// until a signal: these tests check the flags and how a failed start is reported. Starting the real
// one, and stopping it on SIGTERM, is in test/integration/cli/bin-commands.test.ts.
const fakes = vi.hoisted(() => {
  class PortInUseError extends Error {}
  class DataDirInUseError extends Error {}
  return { PortInUseError, DataDirInUseError, startEmulator: vi.fn<(options: Record<string, unknown>) => Promise<never>>() };
});
vi.mock('@/lib/emulator/start-emulator', () => ({
  startEmulator: fakes.startEmulator,
  PortInUseError: fakes.PortInUseError,
  DataDirInUseError: fakes.DataDirInUseError,
}));

let error: MockInstance<typeof console.error>;
let log: MockInstance<typeof console.log>;

beforeEach(() => {
  fakes.startEmulator.mockReset().mockRejectedValue(new fakes.PortInUseError('port 8083 on 127.0.0.1 is already in use'));
  error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** The options the command would start the emulator with. */
async function optionsFor(argv: string[]): Promise<Record<string, unknown>> {
  expect(await runEmulatorCommand(argv)).toBe(1);
  expect(fakes.startEmulator).toHaveBeenCalledOnce();
  return fakes.startEmulator.mock.calls[0]?.[0] ?? {};
}

describe('statescope emulator: flags', () => {
  it('starts on 127.0.0.1:8083 with its data in .statescope/emulator, real time, built-in handlers, no throttling', async () => {
    expect(await optionsFor([])).toEqual({
      port: 8083,
      host: '127.0.0.1',
      dataDir: path.resolve('.statescope', 'emulator'),
      handlersDir: undefined,
      timeScale: 1,
      throttle: undefined,
    });
  });

  it('passes --port, --host, --data, --handlers and --time-scale on, folders made absolute', async () => {
    expect(
      await optionsFor(['--port', '0', '--host', '0.0.0.0', '--data', 'tmp/emu', '--handlers=my-handlers', '--time-scale', '0.01']),
    ).toEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: path.resolve('tmp/emu'),
      handlersDir: path.resolve('my-handlers'),
      timeScale: 0.01,
      throttle: undefined,
    });
  });

  it.each([
    [['--throttle-rate', '5'], { '*': { refillPerSecond: 5, bucket: 5 } }],
    [['--throttle-rate', '5', '--throttle-burst', '20'], { '*': { refillPerSecond: 5, bucket: 20 } }],
    [['--throttle-rate', '0', '--throttle-burst', '20'], undefined],
  ])('throttles every action with %j as %j', async (argv, throttle) => {
    expect((await optionsFor(argv)).throttle).toEqual(throttle);
  });

  it.each([
    [['extra'], "unexpected argument 'extra'"],
    [['--verbose'], 'unknown option --verbose'],
    [['--port'], 'option --port needs a value'],
    [['--port', 'eighty'], "option --port must be a number of at least 0, got 'eighty'"],
    [['--port=-1'], "option --port must be a number of at least 0, got '-1'"],
    [['--port', '80.5'], "option --port must be a port number, got '80.5'"],
    [['--port', '65536'], "option --port must be a port number, got '65536'"],
    [['--time-scale', 'fast'], "option --time-scale must be a number of at least 0, got 'fast'"],
    [['--throttle-rate', 'many'], "option --throttle-rate must be a number of at least 0, got 'many'"],
    [['--throttle-rate', '5', '--throttle-burst', '0'], "option --throttle-burst must be a number of at least 1, got '0'"],
    // A bad burst is refused with no rate too, not ignored.
    [['--throttle-burst', '0'], "option --throttle-burst must be a number of at least 1, got '0'"],
    [['--throttle-burst', 'lots'], "option --throttle-burst must be a number of at least 1, got 'lots'"],
    [['--throttle-rate', '0', '--throttle-burst=-3'], "option --throttle-burst must be a number of at least 1, got '-3'"],
  ])('refuses %j before starting anything: %s', async (argv, message) => {
    await expect(runEmulatorCommand(argv)).rejects.toThrow(new Error(message));
    expect(fakes.startEmulator).not.toHaveBeenCalled();
  });

  it('accepts the largest port number', async () => {
    expect((await optionsFor(['--port', '65535'])).port).toBe(65_535);
  });
});

describe('statescope emulator: a start that fails', () => {
  it('reports a port in use with exit code 1', async () => {
    expect(await runEmulatorCommand([])).toBe(1);
    expect(error).toHaveBeenCalledExactlyOnceWith('statescope emulator: port 8083 on 127.0.0.1 is already in use');
    expect(log).not.toHaveBeenCalled();
  });

  it('reports a data folder in use by another emulator with exit code 1', async () => {
    fakes.startEmulator.mockRejectedValue(new fakes.DataDirInUseError('the data folder /d is in use by another emulator (process 42)'));
    expect(await runEmulatorCommand([])).toBe(1);
    expect(error).toHaveBeenCalledExactlyOnceWith('statescope emulator: the data folder /d is in use by another emulator (process 42)');
  });

  it('lets any other failure through', async () => {
    fakes.startEmulator.mockRejectedValue(new Error('EACCES'));
    await expect(runEmulatorCommand([])).rejects.toThrow('EACCES');
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runCapturingConsole, type CapturedConsoleLine } from '@/lib/emulator/handlers/capture-handler-console';

describe('runCapturingConsole', () => {
  it('collects each console method at the level Lambda writes, formatted as console.log formats', () => {
    const lines: CapturedConsoleLine[] = [];
    runCapturingConsole(lines, () => {
      console.log('order %s', 'ORD-1', { n: 1 });
      console.info('info');
      console.warn('warn');
      console.error('error');
      console.debug('debug');
    });
    expect(lines.map(({ level, text }) => [level, text])).toEqual([
      ['INFO', 'order ORD-1 { n: 1 }'],
      ['INFO', 'info'],
      ['WARN', 'warn'],
      ['ERROR', 'error'],
      ['DEBUG', 'debug'],
    ]);
  });

  it('keeps concurrent invocations apart across awaits', async () => {
    const first: CapturedConsoleLine[] = [];
    const second: CapturedConsoleLine[] = [];
    const run = (name: string) => async () => {
      for (let step = 0; step < 3; step += 1) {
        console.log(`${name} ${step}`);
        await sleep(1);
      }
    };
    await Promise.all([runCapturingConsole(first, run('a')), runCapturingConsole(second, run('b'))]);
    expect(first.map((line) => line.text)).toEqual(['a 0', 'a 1', 'a 2']);
    expect(second.map((line) => line.text)).toEqual(['b 0', 'b 1', 'b 2']);
  });

  it('captures nothing once the invocation has returned (later calls go to the real console)', () => {
    const lines: CapturedConsoleLine[] = [];
    runCapturingConsole(lines, () => console.log('inside'));
    console.log('outside');
    expect(lines.map((line) => line.text)).toEqual(['inside']);
  });
});

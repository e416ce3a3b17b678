import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTimelineCommand } from '@/lib/cli/commands/timeline';

// Issue 10: files that are not what `statescope timeline` expects say so and exit non-zero.
const dir = mkdtempSync(path.join(tmpdir(), 'statescope-cli-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(name: string, contents: string, ...flags: string[]) {
  const file = path.join(dir, name);
  writeFileSync(file, contents);
  let stdout = '';
  let stderr = '';
  const code = await runTimelineCommand([file, ...flags], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr, file };
}

const record = (id: number, type: string, previous: number, details: Record<string, unknown> = {}) => ({
  id: String(id),
  type,
  details,
  previous_event_id: String(previous),
  event_timestamp: String(1_773_133_200_000 + id),
  execution_arn: 'arn:aws:states:us-east-1:123456789012:express:m:run-1',
});
const records = [
  record(1, 'ExecutionStarted', 0),
  record(2, 'PassStateEntered', 0, { name: 'A' }),
  record(3, 'PassStateExited', 2, { name: 'A' }),
  record(4, 'ExecutionSucceeded', 3),
];

describe('statescope timeline on files that are not what it reads', () => {
  it('says how many log events it read and that none was a Step Functions record, showing the first, and exits 1', async () => {
    const events = [
      'CloudWatch Logs delivery check',
      '{"level":"info","msg":"an application log line that goes on and on and on and on and on and on and on"}',
      '{"foo":1}',
    ];
    for (const flags of [[], ['--json']]) {
      const { code, stdout, stderr, file } = await run(
        'app-logs.json',
        JSON.stringify({ events: events.map((message, i) => ({ timestamp: i, message })) }),
        ...flags,
      );
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        `statescope timeline: bad history input: ${file}: read 3 log events, and none is a Step Functions execution record (an object with id, type, details and execution_arn); the first: "CloudWatch Logs delivery check"\n`,
      );
    }
    const applicationOnly = await run('app-only.json', JSON.stringify({ events: [{ message: events[1] }] }));
    expect(applicationOnly.stderr).toContain('read 1 log event, and none is a Step Functions execution record');
    expect(applicationOnly.stderr).toContain(
      'the first: "{\\"level\\":\\"info\\",\\"msg\\":\\"an application log line that goes on and on and on and on…"\n',
    );
    expect(await run('none.json', JSON.stringify({ records: [] }))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('holds no log records'),
    });
  });

  it('reads a history or a logs file that starts with a UTF-8 byte-order mark', async () => {
    const history = {
      events: [
        { id: 1, previousEventId: 0, type: 'ExecutionStarted', timestamp: 1_773_133_200, executionStartedEventDetails: { input: '{}' } },
        {
          id: 2,
          previousEventId: 1,
          type: 'ExecutionSucceeded',
          timestamp: 1_773_133_201,
          executionSucceededEventDetails: { output: '{}' },
        },
      ],
    };
    expect(await run('bom-history.json', `\uFEFF${JSON.stringify(history)}`)).toMatchObject({
      code: 0,
      stderr: '',
      stdout: expect.stringContaining('Execution SUCCEEDED'),
    });
    const logs = await run('bom-logs.json', `\uFEFF${JSON.stringify({ events: records.map((r) => ({ message: JSON.stringify(r) })) })}`);
    expect(logs).toMatchObject({ code: 0, stderr: '' });
    expect(logs.stdout).toContain('1 execution in');
  });
});

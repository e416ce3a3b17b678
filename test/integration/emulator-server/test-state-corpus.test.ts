import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SFNClient, SFNServiceException, TestStateCommand, type TestStateCommandInput } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '@/lib/emulator/start-emulator';
import { AWS_TESTSTATE_CASES_DIR } from '../../support/corpus/shared-corpus';
import { resultDifferences, type RecordedTransformer } from '../../support/corpus/test-state-reply-match';
import { makeDataDir } from '../../support/emulator-server/start-test-emulator';

/**
 * Every self-contained TestState reply recorded on real AWS (../shared/aws-teststate/, read in place)
 * must come back from the emulator, through the real SDK: same status, output, error, cause, nextState
 * and recorded inspectionData, or the same API error code and message.
 */
const CASES_DIR = AWS_TESTSTATE_CASES_DIR;

interface RecordedCase {
  name: string;
  kind: 'result' | 'error';
  selfContained: boolean;
  request: TestStateCommandInput;
  response: Record<string, unknown> | null;
  apiError: { code: string; message: string } | null;
  transformers: RecordedTransformer[];
}

function loadCases(): RecordedCase[] {
  if (!existsSync(CASES_DIR)) return [];
  return readdirSync(CASES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(CASES_DIR, file), 'utf8')) as RecordedCase);
}

const cases = loadCases();
const selfContained = cases.filter((c) => c.selfContained);

async function problemsOf(sfn: SFNClient, recorded: RecordedCase): Promise<string[]> {
  try {
    const reply = await sfn.send(new TestStateCommand(recorded.request));
    if (recorded.kind === 'error')
      return [`expected ${recorded.apiError?.code}: ${recorded.apiError?.message}, got status ${reply.status}`];
    const body: Record<string, unknown> = { ...reply };
    delete body.$metadata;
    return resultDifferences(recorded.response ?? {}, body, recorded.transformers);
  } catch (error) {
    if (!(error instanceof SFNServiceException)) throw error;
    const got = `${error.name}: ${error.message}`;
    if (recorded.kind === 'result') return [`expected a result, got ${got}`];
    const want = `${recorded.apiError?.code}: ${recorded.apiError?.message}`;
    return got === want ? [] : [`expected ${want}, got ${got}`];
  }
}

const PASS = JSON.stringify({ Type: 'Pass', Next: 'After' });

/** TestState as any client (a newer AWS CLI's `test-state` included) sends it: AWS JSON 1.0 over HTTP. */
async function rawTestState(url: string, body: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'AWSStepFunctions.TestState' },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('TestState on the emulator', () => {
  const data = makeDataDir();
  let emulator: RunningEmulator;
  let sfn: SFNClient;

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, dataDir: data.dir });
    // TestState is served on AWS's sync- host; the emulator answers on its own (docs/aws-behaviour.md#wire-protocol).
    sfn = new SFNClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
      disableHostPrefix: true,
    });
  });

  afterAll(async () => {
    await emulator?.close();
    data.remove();
  });

  it.skipIf(cases.length === 0)(
    'reproduces every self-contained recording',
    async () => {
      const failures: string[] = [];
      for (const recorded of selfContained) {
        const problems = await problemsOf(sfn, recorded);
        if (problems.length > 0) failures.push(`${recorded.name}\n    ${problems.join('\n    ')}`);
      }
      console.info(
        `TestState corpus: ${selfContained.length - failures.length} of ${selfContained.length} self-contained cases reproduced`,
      );
      expect(failures).toEqual([]);
    },
    // Most of the time is asl-validator compiling its schemas once per distinct definition (37 here).
    120_000,
  );

  it.skipIf(cases.length === 0)('compares strictly: a changed value or an extra field is a difference, a placeholder is not', () => {
    const recorded = {
      status: 'SUCCEEDED',
      output: { Id: 'arn:<partition>:states:<region>:111111111111:express:<resource:1>:<resource:2>' },
    };
    const masks = [
      { kind: 'regex', placeholders: ['arn:<partition>:'] },
      { kind: 'regex', placeholders: ['<region>'] },
      { kind: 'regex', placeholders: ['111111111111'] },
    ];
    const arn = 'arn:aws:states:eu-west-1:123456789012:express:m:e';
    expect(resultDifferences(recorded, { status: 'SUCCEEDED', output: JSON.stringify({ Id: arn }) }, masks)).toEqual([]);
    expect(resultDifferences(recorded, { status: 'SUCCEEDED', output: JSON.stringify({ Id: `${arn}:x` }) }, masks)).toHaveLength(1);
    expect(resultDifferences(recorded, { status: 'SUCCEEDED', output: JSON.stringify({ Id: arn, extra: 1 }) }, masks)).toHaveLength(1);
    expect(resultDifferences(recorded, { status: 'FAILED', output: JSON.stringify({ Id: arn }) }, masks)).toHaveLength(1);
  });

  it('answers the raw JSON 1.0 call a CLI sends, JSON text fields and all', async () => {
    const { status, json } = await rawTestState(
      emulator.url,
      JSON.stringify({ definition: PASS, input: '{"a": 1}', inspectionLevel: 'DEBUG' }),
    );
    expect(status).toBe(200);
    expect(json).toMatchObject({ status: 'SUCCEEDED', nextState: 'After', output: '{"a":1}' });
    expect((json.inspectionData as Record<string, unknown>).afterParameters).toBe('{"a":1}');
  });

  it('refuses hostile requests with AWS errors, never a stack trace', async () => {
    const deep = '{"Type": "Pass", "Result": ' + '['.repeat(3000) + ']'.repeat(3000) + ', "End": true}';
    const huge = JSON.stringify({ Type: 'Pass', Result: 'x'.repeat(1_100_000), End: true });
    const machine = JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } });
    const hostile: Array<[string, Record<string, unknown>, string]> = [
      ['deep definition', { definition: deep }, 'InvalidDefinition'],
      ['huge definition', { definition: huge }, 'ValidationException'],
      ['garbled definition', { definition: '{"Type": "Pass",, ' }, 'InvalidDefinition'],
      ['unknown stateName', { definition: machine, stateName: 'Missing' }, 'ValidationException'],
      ['deep input', { definition: PASS, input: '['.repeat(3000) + ']'.repeat(3000) }, 'InvalidExecutionInput'],
      ['not JSON at all', { definition: 42 }, 'ValidationException'],
    ];
    for (const [what, body, code] of hostile) {
      const { status, json } = await rawTestState(emulator.url, JSON.stringify(body));
      expect({ what, status, type: String(json.__type).split('#').pop() }).toEqual({ what, status: 400, type: code });
      expect(String(json.message)).not.toMatch(/\n\s+at /);
    }
  });
});

describe.skipIf(cases.length > 0)('TestState corpus', () => {
  it(`is absent (${CASES_DIR}): the recorded AWS replies are not beside the repository, so nothing is compared`, () => {
    expect(existsSync(CASES_DIR)).toBe(false);
  });
});

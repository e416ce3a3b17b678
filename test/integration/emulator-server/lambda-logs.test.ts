import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { CloudWatchLogsClient, DescribeLogStreamsCommand, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetExecutionHistoryCommand } from '@aws-sdk/client-sfn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStateMachine, runExecution, startTestEmulator, type TestEmulator } from '../../support/aws/test-emulator';

const run = promisify(execFile);
const hasAwsCli = spawnSync('aws', ['--version'], { stdio: 'ignore' }).status === 0;

const ORDER = { orderId: 'ORD-1', items: [{ sku: 'LAMP', quantity: 1, unitPrice: 20 }], payment: { amount: 20, cardLast4: '0002' } };
const DEFINITION = {
  StartAt: 'VerifyPayment',
  States: { VerifyPayment: { Type: 'Task', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:VerifyPaymentFunction', End: true } },
};

// The emulator writes each handler invocation to /aws/lambda/NAME as Lambda does, and AWS's own clients read it back.
describe('Lambda logs of the emulator, read with the unmodified SDK and the AWS CLI', () => {
  let emulator: TestEmulator;
  let logs: CloudWatchLogsClient;
  let requestId: string;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    logs = new CloudWatchLogsClient({
      endpoint: emulator.url,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const machine = await createStateMachine(emulator.sfn, 'lambda-logs', DEFINITION);
    const executionArn = await runExecution(emulator.sfn, machine, 'declined', ORDER);
    const { events = [] } = await emulator.sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    const cause = events.find((event) => event.type === 'LambdaFunctionFailed')?.lambdaFunctionFailedEventDetails?.cause ?? '{}';
    requestId = (JSON.parse(cause) as { requestId: string }).requestId;
  });
  afterAll(async () => {
    logs?.destroy();
    await emulator?.close();
  });

  it("FilterLogEvents with the error cause's request id returns that invocation's START, lines, END and REPORT", async () => {
    const { events = [] } = await logs.send(
      new FilterLogEventsCommand({ logGroupName: '/aws/lambda/VerifyPaymentFunction', filterPattern: `"${requestId}"` }),
    );
    const messages = events.map((event) => event.message ?? '');
    expect(messages).toHaveLength(6);
    expect(messages[0]).toBe(`START RequestId: ${requestId} Version: $LATEST`);
    expect(messages[1]).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\t${requestId}\\tINFO\\tVerifying payment for order ORD-1$`));
    expect(messages[2]).toMatch(/\tERROR\tGateway declined card ending 0002: card declined by issuer$/);
    expect(messages[3]).toContain('\tERROR\tInvoke Error \t{"errorType":"PaymentVerificationFailed"');
    expect(messages[4]).toBe(`END RequestId: ${requestId}`);
    expect(messages[5]).toMatch(
      new RegExp(`^REPORT RequestId: ${requestId}\\tDuration: [\\d.]+ ms\\tBilled Duration: \\d+ ms\\tMemory Size: 128 MB`),
    );
    const { logStreams = [] } = await logs.send(new DescribeLogStreamsCommand({ logGroupName: '/aws/lambda/VerifyPaymentFunction' }));
    expect(logStreams.map((stream) => stream.logStreamName)).toEqual([
      expect.stringMatching(/^\d{4}\/\d\d\/\d\d\/\[\$LATEST\][0-9a-f]{32}$/),
    ]);
  });

  it("a lambda:invoke success records the handler's request id in SdkResponseMetadata, and its logs carry the same id", async () => {
    const machine = await createStateMachine(emulator.sfn, 'lambda-invoke-logs', {
      StartAt: 'Verify',
      States: {
        Verify: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'VerifyPaymentFunction:live', 'Payload.$': '$' },
          End: true,
        },
      },
    });
    const executionArn = await runExecution(emulator.sfn, machine, 'authorised', { ...ORDER, payment: { amount: 20, cardLast4: '4242' } });
    const { events = [] } = await emulator.sfn.send(new GetExecutionHistoryCommand({ executionArn }));
    const output = events.find((event) => event.type === 'TaskSucceeded')?.taskSucceededEventDetails?.output ?? '{}';
    const id = (JSON.parse(output) as { SdkResponseMetadata: { RequestId: string } }).SdkResponseMetadata.RequestId;
    const { events: lines = [] } = await logs.send(
      new FilterLogEventsCommand({ logGroupName: '/aws/lambda/VerifyPaymentFunction', filterPattern: `"${id}"` }),
    );
    expect(lines.map((line) => line.message)).toEqual([
      `START RequestId: ${id} Version: $LATEST`,
      expect.stringMatching(/\tINFO\tVerifying payment for order ORD-1$/),
      expect.stringMatching(/\tINFO\tPayment authorised: txn_[0-9a-f]{16}$/),
      `END RequestId: ${id}`,
      expect.stringMatching(new RegExp(`^REPORT RequestId: ${id}\t`)),
    ]);
  });

  it.skipIf(!hasAwsCli)('aws logs filter-log-events --endpoint-url reads the same lines', async () => {
    const { stdout } = await run(
      'aws',
      [
        'logs',
        'filter-log-events',
        '--endpoint-url',
        emulator.url,
        '--log-group-name',
        '/aws/lambda/VerifyPaymentFunction',
        '--filter-pattern',
        `"${requestId}"`,
        '--output',
        'json',
      ],
      {
        env: {
          ...process.env,
          AWS_ACCESS_KEY_ID: 'test',
          AWS_SECRET_ACCESS_KEY: 'test',
          AWS_DEFAULT_REGION: 'us-east-1',
          AWS_PAGER: '',
          AWS_CONFIG_FILE: '/dev/null',
          AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
          AWS_EC2_METADATA_DISABLED: 'true',
        },
      },
    );
    const messages = (JSON.parse(stdout) as { events: { message: string }[] }).events.map((event) => event.message);
    expect(messages[0]).toBe(`START RequestId: ${requestId} Version: $LATEST`);
    expect(messages.at(-2)).toBe(`END RequestId: ${requestId}`);
  });
});

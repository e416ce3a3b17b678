import { describe, expect, it } from 'vitest';
import { compileLogFilter } from '@/lib/emulator/server/logs-actions/log-filter-pattern';
import { toLogRecordMessage } from '@/lib/emulator/logs/to-log-record-message';

const ARN = 'arn:aws:states:us-east-1:123456789012:express:m:run:1111';
const record = (type: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    id: '4',
    type,
    details: { name: 'Check', ...extra },
    previous_event_id: '3',
    event_timestamp: '1767000000000',
    execution_arn: ARN,
  });

describe('CloudWatch Logs filter patterns (emulator subset)', () => {
  it.each([
    ['', record('PassStateEntered'), true],
    [`{ $.execution_arn = "${ARN}" }`, record('PassStateEntered'), true],
    [`{ $.execution_arn = "${ARN}x" }`, record('PassStateEntered'), false],
    ['{ $.type = "ExecutionFailed" || $.type = "ExecutionSucceeded" }', record('ExecutionSucceeded'), true],
    ['{ ($.type = "ExecutionFailed") || ($.type = "ExecutionSucceeded") }', record('PassStateExited'), false],
    ['{ $.type = "Pass*" && $.details.name = "Check" }', record('PassStateExited'), true],
    ['{ $.type != "PassStateExited" }', record('PassStateExited'), false],
    ['{ $.id > 3 }', record('PassStateExited'), true],
    ['{ $.id < 3 }', record('PassStateExited'), false],
    ['{ $.details.error NOT EXISTS }', record('PassStateExited'), true],
    ['PassStateExited Check', record('PassStateExited'), true],
    ['PassStateExited -Check', record('PassStateExited'), false],
    ['?Nope ?Check', record('PassStateExited'), true],
    ['"State Exited"', record('PassStateExited'), false],
    ['{ $.type = "X" }', 'not json', false],
  ])('%s', (pattern, message, expected) => {
    expect(compileLogFilter(pattern).matches(message)).toBe(expected);
  });

  it('names the literal texts a match must contain, so the store can narrow rows first', () => {
    expect(compileLogFilter(`{ $.execution_arn = "${ARN}" && $.type = "ExecutionFailed" }`).requiredTexts).toEqual([
      `"${ARN}"`,
      '"ExecutionFailed"',
    ]);
    expect(compileLogFilter('{ $.type = "A" || $.type = "B" }').requiredTexts).toEqual([]);
  });

  it('refuses a pattern it cannot read, naming the problem', () => {
    expect(() => compileLogFilter('{ $.type = }')).toThrow("Invalid filter pattern '{ $.type = }': it ends too early");
    expect(() => compileLogFilter('{ $.type = "x"')).toThrow("a JSON pattern must end with '}'");
    expect(() => compileLogFilter('{ type = "x" }')).toThrow("expected a selector such as $.type, got 'type'");
  });
});

describe('toLogRecordMessage', () => {
  const stored = (details: object, type = 'PassStateEntered') => ({
    id: 2,
    previousEventId: 0,
    type,
    timestampMs: 1_767_000_000_123,
    details: JSON.stringify(details),
  });

  it('flattens details and writes every number as a string, keys in the order AWS wrote them', () => {
    const text = toLogRecordMessage(
      stored({ stateEnteredEventDetails: { name: 'A', input: '{"a":1}', inputDetails: { truncated: false } } }),
      ARN,
      true,
    );
    expect(text).toBe(
      `{"id":"2","type":"PassStateEntered","details":{"name":"A","input":"{\\"a\\":1}","inputDetails":{"truncated":false}},"previous_event_id":"0","event_timestamp":"1767000000123","execution_arn":"${ARN}","redrive_count":"0"}`,
    );
  });

  it('without execution data keeps only name, roleArn, resource, resourceType, region, error and cause', () => {
    const text = toLogRecordMessage(
      stored(
        {
          taskScheduledEventDetails: {
            resource: 'invoke',
            resourceType: 'lambda',
            region: 'us-east-1',
            parameters: '{}',
            timeoutInSeconds: 3,
          },
        },
        'TaskScheduled',
      ),
      ARN,
      false,
    );
    expect(JSON.parse(text).details).toEqual({ resource: 'invoke', resourceType: 'lambda', region: 'us-east-1' });
    expect(
      JSON.parse(toLogRecordMessage(stored({ executionSucceededEventDetails: { output: '{}' } }, 'ExecutionSucceeded'), ARN, false))
        .details,
    ).toEqual({});
  });

  it('truncates data whose escaped form exceeds 248 KiB and flags it', () => {
    const big = JSON.stringify({ text: '"'.repeat(200_000) });
    const details = JSON.parse(
      toLogRecordMessage(stored({ stateEnteredEventDetails: { name: 'A', input: big, inputDetails: { truncated: false } } }), ARN, true),
    ).details;
    expect(JSON.stringify(details.input).length).toBeLessThanOrEqual(248 * 1024);
    expect(big.startsWith(details.input)).toBe(true);
    expect(details.inputDetails).toEqual({ truncated: true });
  });
});

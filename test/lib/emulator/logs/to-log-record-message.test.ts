import { describe, expect, it } from 'vitest';
import { toLogRecordMessage } from '@/lib/emulator/logs/to-log-record-message';
import type { StoredEvent } from '@/lib/emulator/store/store-types';

const ARN = 'arn:aws:states:us-east-1:123456789012:express:M:e:u';
const event = (type: string, details: object, id = 3): StoredEvent => ({
  id,
  previousEventId: id - 1,
  type,
  timestampMs: 1_700_000_000_123,
  details: JSON.stringify(details),
});
const parse = (message: string) => JSON.parse(message) as { details: Record<string, unknown> } & Record<string, unknown>;

describe('toLogRecordMessage', () => {
  it('writes the record AWS writes: numbers as strings, details flattened, in AWS’s key order', () => {
    const message = toLogRecordMessage(
      event('TaskStateEntered', { stateEnteredEventDetails: { name: 'Check', input: '{"a":1}', inputDetails: { truncated: false } } }),
      ARN,
      true,
    );
    expect(message).toBe(
      JSON.stringify({
        id: '3',
        type: 'TaskStateEntered',
        details: { name: 'Check', input: '{"a":1}', inputDetails: { truncated: false } },
        previous_event_id: '2',
        event_timestamp: '1700000000123',
        execution_arn: ARN,
        redrive_count: '0',
      }),
    );
  });

  it('writes the redrive count it is given', () => {
    expect(parse(toLogRecordMessage(event('PassStateEntered', {}), ARN, true, 2)).redrive_count).toBe('2');
  });

  it('gives an event without a details member empty details', () => {
    expect(parse(toLogRecordMessage(event('WaitStateAborted', {}), ARN, true)).details).toEqual({});
    expect(parse(toLogRecordMessage(event('X', { notDetails: { a: 1 } }), ARN, true)).details).toEqual({});
  });

  it('keeps only name, roleArn, resource, resourceType, region, error and cause without execution data', () => {
    const stored = event('TaskScheduled', {
      taskScheduledEventDetails: {
        resource: 'invoke',
        resourceType: 'lambda',
        region: 'us-east-1',
        parameters: '{"secret":1}',
        timeoutInSeconds: 60,
      },
    });
    expect(parse(toLogRecordMessage(stored, ARN, false)).details).toEqual({
      resource: 'invoke',
      resourceType: 'lambda',
      region: 'us-east-1',
    });
    const failed = event('ExecutionFailed', { executionFailedEventDetails: { error: 'E', cause: 'C' } });
    expect(parse(toLogRecordMessage(failed, ARN, false)).details).toEqual({ error: 'E', cause: 'C' });
    const succeeded = event('ExecutionSucceeded', {
      executionSucceededEventDetails: { output: '{}', outputDetails: { truncated: false } },
    });
    expect(parse(toLogRecordMessage(succeeded, ARN, false)).details).toEqual({});
  });

  it('keeps data whose escaped form is exactly 248 KiB, untouched', () => {
    const input = 'a'.repeat(248 * 1024 - 2);
    const details = parse(
      toLogRecordMessage(
        event('ExecutionStarted', { executionStartedEventDetails: { input, inputDetails: { truncated: false } } }),
        ARN,
        true,
      ),
    ).details;
    expect(details.input).toBe(input);
    expect(details.inputDetails).toEqual({ truncated: false });
  });

  it('truncates data whose escaped form is over 248 KiB so that it fits, and marks it truncated', () => {
    const output = 'b'.repeat(300_000);
    const details = parse(
      toLogRecordMessage(event('ExecutionSucceeded', { executionSucceededEventDetails: { output } }), ARN, true),
    ).details;
    expect(details.output).toBe('b'.repeat(248 * 1024 - 2));
    expect(details.outputDetails).toEqual({ truncated: true });
  });

  it('counts escapes when truncating: text of 200,000 quotes (400,002 escaped) is cut to a prefix that fits', () => {
    const input = '"'.repeat(200_000);
    const details = parse(toLogRecordMessage(event('ExecutionStarted', { executionStartedEventDetails: { input } }), ARN, true)).details;
    const kept = details.input as string;
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(248 * 1024);
    expect(kept.length).toBeGreaterThan(0);
    expect(input.startsWith(kept)).toBe(true);
    expect(details.inputDetails).toEqual({ truncated: true });
  });
});

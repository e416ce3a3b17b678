import { describe, expect, it } from 'vitest';
import { checkMockResultShape } from '@/lib/emulator/test-state/check-mock-result-shape';

const task = (resource: string) => ({ Type: 'Task', Resource: resource });
const EVENTS = task('arn:aws:states:::events:putEvents');
const START = task('arn:aws:states:::states:startExecution.sync:2');

describe('checkMockResultShape', () => {
  it('checks types deep in lists, with AWS messages', () => {
    expect(() => checkMockResultShape(EVENTS, { Entries: 'x' }, 'STRICT')).toThrow(
      "Mock result schema validation error: Field 'Entries' must be an array",
    );
    expect(() => checkMockResultShape(EVENTS, { Entries: [{ EventId: 'a' }, { EventId: [1] }] }, 'PRESENT')).toThrow(
      "Field 'EventId' must be a string",
    );
  });

  it('checks ranges and lengths', () => {
    expect(() => checkMockResultShape(task('arn:aws:states:::aws-sdk:kms:encrypt'), { CiphertextBlob: '' }, 'STRICT')).toThrow(
      'is smaller than the minimum length',
    );
    expect(() =>
      checkMockResultShape(task('arn:aws:states:::aws-sdk:lambda:getFunction'), { Configuration: { MemorySize: 127 } }, 'STRICT'),
    ).toThrow("Field 'MemorySize' is less than the minimum value");
  });

  it('wants required fields only in STRICT mode, and checks nothing in NONE mode', () => {
    expect(() => checkMockResultShape(START, {}, 'STRICT')).toThrow("Field 'ExecutionArn' is required");
    expect(() => checkMockResultShape(START, {}, 'PRESENT')).not.toThrow();
    expect(() => checkMockResultShape(START, { StartDate: true }, 'NONE')).not.toThrow();
  });

  it('passes fields outside the shape and integrations it does not know', () => {
    expect(() => checkMockResultShape(EVENTS, { random: 'json', entries: 1 }, 'STRICT')).not.toThrow();
    expect(() => checkMockResultShape(task('arn:aws:states:::glue:startJobRun'), { anything: 1 }, 'STRICT')).not.toThrow();
  });
});

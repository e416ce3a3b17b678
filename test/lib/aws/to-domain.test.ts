import { describe, expect, it } from 'vitest';
import { toDate, toExecutionStatus, toOptionalDate, toStateMachineType } from '@/lib/aws/to-domain';

describe('toExecutionStatus', () => {
  it.each(['RUNNING', 'SUCCEEDED', 'FAILED', 'TIMED_OUT', 'ABORTED', 'PENDING_REDRIVE'])('keeps %s', (status) => {
    expect(toExecutionStatus(status)).toBe(status);
  });

  it.each([['CANCELLED'], ['running'], [undefined]])('refuses %j instead of guessing', (status) => {
    expect(() => toExecutionStatus(status)).toThrow(`Unknown execution status from Step Functions: ${String(status)}`);
  });
});

describe('toStateMachineType', () => {
  it('keeps STANDARD and EXPRESS and reads anything else as STANDARD', () => {
    expect(toStateMachineType('EXPRESS')).toBe('EXPRESS');
    expect(toStateMachineType('STANDARD')).toBe('STANDARD');
    expect(toStateMachineType('express')).toBe('STANDARD');
    expect(toStateMachineType(undefined)).toBe('STANDARD');
  });
});

describe('toDate and toOptionalDate', () => {
  it('keep a Date; a missing date is the epoch for a required field and undefined for an optional one', () => {
    const date = new Date('2024-05-01T10:00:00Z');
    expect(toDate(date)).toBe(date);
    expect(toDate(undefined)).toEqual(new Date(0));
    expect(toOptionalDate(date)).toBe(date);
    expect(toOptionalDate(undefined)).toBeUndefined();
  });

  it('do not take a date string for a Date', () => {
    expect(toDate('2024-05-01' as unknown as Date)).toEqual(new Date(0));
    expect(toOptionalDate('2024-05-01' as unknown as Date)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { CloudWatchError, invalidParameter, missingParameter } from '@/lib/emulator/cloudwatch/cloudwatch-error';

describe('CloudWatch errors', () => {
  it('carry the Query code, the JSON shape, the HTTP status and whose fault it is', () => {
    const error = invalidParameter('Period', 'must be a multiple of 60.');
    expect([error.code, error.jsonType, error.httpStatus, error.faultType, error.message]).toEqual([
      'InvalidParameterValue',
      'com.amazonaws.cloudwatch#InvalidParameterValueException',
      400,
      'Sender',
      'The parameter Period must be a multiple of 60.',
    ]);
    expect(missingParameter('StartTime').jsonType).toBe('com.amazonaws.cloudwatch#MissingRequiredParameterException');
    const fault = new CloudWatchError('InternalServiceError', 'boom');
    expect([fault.httpStatus, fault.faultType]).toEqual([500, 'Receiver']);
  });
});

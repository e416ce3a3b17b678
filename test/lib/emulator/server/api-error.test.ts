import { describe, expect, it } from 'vitest';
import { ApiError, validationError } from '@/lib/emulator/server/api-error';

describe('ApiError', () => {
  it.each([
    ['ExecutionDoesNotExist', 'com.amazonaws.sfn#ExecutionDoesNotExist'],
    ['InvalidArn', 'com.amazonaws.sfn#InvalidArn'],
    ['ValidationException', 'com.amazonaws.sfn#ValidationException'],
    ['SerializationException', 'com.amazon.coral.service#SerializationException'],
    ['UnknownOperationException', 'com.amazon.coral.service#UnknownOperationException'],
    ['InternalFailure', 'com.amazon.coral.service#InternalFailure'],
    ['ThrottlingException', 'ThrottlingException'],
    ['ResourceNotFoundException', 'ResourceNotFoundException'],
    ['InvalidParameterException', 'InvalidParameterException'],
  ] as const)('%s goes on the wire as __type %s', (code, wireType) => {
    expect(new ApiError(code, 'm').wireType).toBe(wireType);
  });

  it('is an Error named after its code, HTTP 400 unless told otherwise', () => {
    const error = new ApiError('InvalidName', "Invalid Name: 'a b'");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('InvalidName');
    expect(error.message).toBe("Invalid Name: 'a b'");
    expect(error.httpStatus).toBe(400);
    expect(new ApiError('InternalFailure', 'x', 500).httpStatus).toBe(500);
  });

  it('serialises to the JSON body AWS sends: __type and message only', () => {
    expect(new ApiError('StateMachineDoesNotExist', "State Machine Does Not Exist: 'a\"b'").toBody()).toBe(
      '{"__type":"com.amazonaws.sfn#StateMachineDoesNotExist","message":"State Machine Does Not Exist: \'a\\"b\'"}',
    );
  });
});

describe('validationError', () => {
  it.each([
    [undefined, "1 validation error detected: Value null at 'name' failed to satisfy constraint: Member must not be null"],
    ['abc', "1 validation error detected: Value 'abc' at 'name' failed to satisfy constraint: Member must not be null"],
    [42, "1 validation error detected: Value '42' at 'name' failed to satisfy constraint: Member must not be null"],
    [null, "1 validation error detected: Value 'null' at 'name' failed to satisfy constraint: Member must not be null"],
    [{ a: [1] }, "1 validation error detected: Value '{\"a\":[1]}' at 'name' failed to satisfy constraint: Member must not be null"],
    [[1, 'x'], "1 validation error detected: Value '[1,\"x\"]' at 'name' failed to satisfy constraint: Member must not be null"],
  ])('quotes the value %j in AWS’s wording', (value, message) => {
    const error = validationError('name', value, 'Member must not be null');
    expect(error.code).toBe('ValidationException');
    expect(error.message).toBe(message);
  });
});

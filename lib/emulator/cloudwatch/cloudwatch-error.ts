/**
 * CloudWatch's errors, each with the code its Query protocol names (and JSON clients read from the
 * `x-amzn-query-error` header), the shape name AWS JSON 1.0 puts in `__type`, and the HTTP status.
 */
const ERRORS = {
  InvalidParameterValue: { shape: 'InvalidParameterValueException', status: 400 },
  MissingParameter: { shape: 'MissingRequiredParameterException', status: 400 },
  InvalidParameterCombination: { shape: 'InvalidParameterCombinationException', status: 400 },
  InvalidNextToken: { shape: 'InvalidNextToken', status: 400 },
  ValidationError: { shape: 'ValidationError', status: 400 },
  InvalidAction: { shape: 'InvalidAction', status: 400 },
  SerializationException: { shape: 'SerializationException', status: 400 },
  UnknownOperationException: { shape: 'UnknownOperationException', status: 400 },
  PayloadTooLarge: { shape: 'PayloadTooLarge', status: 413 },
  InternalServiceError: { shape: 'InternalServiceFault', status: 500 },
} as const;

export type CloudWatchErrorCode = keyof typeof ERRORS;

export class CloudWatchError extends Error {
  constructor(
    readonly code: CloudWatchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = code;
  }

  get httpStatus(): number {
    return ERRORS[this.code].status;
  }

  /** The JSON 1.0 `__type`. */
  get jsonType(): string {
    return `com.amazonaws.cloudwatch#${ERRORS[this.code].shape}`;
  }

  /** Query's `<Type>`: the caller's fault or the service's. */
  get faultType(): 'Sender' | 'Receiver' {
    return this.httpStatus >= 500 ? 'Receiver' : 'Sender';
  }
}

export function invalidParameter(parameter: string, message: string): CloudWatchError {
  return new CloudWatchError('InvalidParameterValue', `The parameter ${parameter} ${message}`);
}

export function missingParameter(parameter: string): CloudWatchError {
  return new CloudWatchError('MissingParameter', `The parameter ${parameter} is required.`);
}

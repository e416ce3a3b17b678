/** Error codes the emulator returns, each with the namespace AWS puts in `__type` (none for the throttle). */
const ERROR_NAMESPACES = {
  ExecutionAlreadyExists: 'com.amazonaws.sfn',
  ExecutionDoesNotExist: 'com.amazonaws.sfn',
  ExecutionLimitExceeded: 'com.amazonaws.sfn',
  ExecutionNotRedrivable: 'com.amazonaws.sfn',
  InvalidArn: 'com.amazonaws.sfn',
  InvalidDefinition: 'com.amazonaws.sfn',
  InvalidExecutionInput: 'com.amazonaws.sfn',
  InvalidLoggingConfiguration: 'com.amazonaws.sfn',
  InvalidName: 'com.amazonaws.sfn',
  InvalidToken: 'com.amazonaws.sfn',
  MissingRequiredParameter: 'com.amazonaws.sfn',
  StateMachineAlreadyExists: 'com.amazonaws.sfn',
  StateMachineDoesNotExist: 'com.amazonaws.sfn',
  StateMachineTypeNotSupported: 'com.amazonaws.sfn',
  ValidationException: 'com.amazonaws.sfn',
  ResourceNotFound: 'com.amazonaws.sfn',
  SerializationException: 'com.amazon.coral.service',
  UnknownOperationException: 'com.amazon.coral.service',
  ThrottlingException: '',
  // CloudWatch Logs (AWS JSON 1.1) names its errors without a namespace.
  ResourceNotFoundException: '',
  ResourceAlreadyExistsException: '',
  InvalidParameterException: '',
  InternalFailure: 'com.amazon.coral.service',
} as const;

export type ApiErrorCode = keyof typeof ERROR_NAMESPACES;

/** An error the API reports to the caller as AWS does: HTTP status, `__type`, `message`, `x-amzn-errortype`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
    this.name = code;
  }

  get wireType(): string {
    const namespace = ERROR_NAMESPACES[this.code];
    return namespace ? `${namespace}#${this.code}` : this.code;
  }

  toBody(): string {
    return JSON.stringify({ __type: this.wireType, message: this.message });
  }
}

/** AWS's wording for a missing or malformed member ("1 validation error detected: ..."). */
export function validationError(field: string, value: unknown, constraint: string): ApiError {
  const shown =
    value === undefined ? 'null' : typeof value === 'object' && value !== null ? `'${JSON.stringify(value)}'` : `'${String(value)}'`;
  return new ApiError(
    'ValidationException',
    `1 validation error detected: Value ${shown} at '${field}' failed to satisfy constraint: ${constraint}`,
  );
}

/**
 * The response shapes of the service integrations whose mocked results TestState checks, taken from
 * the services' API models (only the members with a type or limit worth checking). An integration
 * that is not listed is not checked. Names are case-sensitive: a member spelt differently is a field
 * outside the shape, which AWS accepts and passes on.
 */
export type Shape =
  | { type: 'string'; min?: number; max?: number }
  | { type: 'blob'; min?: number; max?: number }
  | { type: 'timestamp' }
  | { type: 'integer' | 'long' | 'double'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'any' }
  | { type: 'list'; member: Shape }
  | { type: 'map'; value: Shape }
  | { type: 'structure'; members: Record<string, Shape>; required?: string[] };

const string: Shape = { type: 'string' };
const integer: Shape = { type: 'integer' };
const long: Shape = { type: 'long' };
const timestamp: Shape = { type: 'timestamp' };

const LAMBDA_INVOKE: Shape = {
  type: 'structure',
  members: { StatusCode: integer, FunctionError: string, LogResult: string, Payload: { type: 'any' }, ExecutedVersion: string },
};

const STATES_START_EXECUTION: Shape = {
  type: 'structure',
  members: { ExecutionArn: string, StartDate: timestamp },
  required: ['ExecutionArn', 'StartDate'],
};

const SHAPES: Record<string, Shape> = {
  'lambda:invoke': LAMBDA_INVOKE,
  'states:startExecution': STATES_START_EXECUTION,
  'events:putEvents': {
    type: 'structure',
    members: {
      FailedEntryCount: integer,
      Entries: { type: 'list', member: { type: 'structure', members: { EventId: string, ErrorCode: string, ErrorMessage: string } } },
    },
  },
  'sqs:sendMessage': {
    type: 'structure',
    members: { MD5OfMessageBody: string, MD5OfMessageAttributes: string, MessageId: string, SequenceNumber: string },
  },
  'sns:publish': { type: 'structure', members: { MessageId: string, SequenceNumber: string } },
  'dynamodb:getItem': { type: 'structure', members: { Item: { type: 'map', value: { type: 'any' } } } },
  'aws-sdk:kms:encrypt': {
    type: 'structure',
    members: {
      CiphertextBlob: { type: 'blob', min: 1, max: 6144 },
      KeyId: { type: 'string', min: 1, max: 2048 },
      EncryptionAlgorithm: string,
    },
  },
  'aws-sdk:lambda:getFunction': {
    type: 'structure',
    members: {
      Configuration: {
        type: 'structure',
        members: {
          FunctionName: { type: 'string', min: 1, max: 170 },
          MemorySize: { type: 'integer', min: 128, max: 10240 },
          Timeout: { type: 'integer', min: 1 },
          CodeSize: long,
          Runtime: string,
          Handler: string,
          Version: string,
        },
      },
      Tags: { type: 'map', value: string },
    },
  },
  'aws-sdk:s3:getObject': {
    type: 'structure',
    members: { Body: { type: 'blob' }, ContentLength: long, ContentType: string, ETag: string, LastModified: timestamp, VersionId: string },
  },
};

/** The shape for a Task's Resource (`arn:aws:states:::service:action[.pattern]`), if one is known. */
export function shapeForResource(resource: string): Shape | undefined {
  const match = /^arn:[^:]+:states:::(.+?)(?:\.(?:sync(?::2)?|waitForTaskToken))?$/.exec(resource);
  const key = match?.[1];
  if (key === undefined) return undefined;
  return Object.prototype.hasOwnProperty.call(SHAPES, key) ? SHAPES[key] : undefined;
}

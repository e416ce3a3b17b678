import { describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/emulator/server/action-context';
import {
  checkDefinition,
  DEFAULT_LOGGING_CONFIGURATION,
  DEFAULT_TRACING_CONFIGURATION,
  readLoggingConfiguration,
  readRoleArn,
  readTracingConfiguration,
} from '@/lib/emulator/server/read-machine-settings';
import { apiErrorOf } from '../../../support/emulator-actions/api-error-of';

const GROUP_ARN = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/M:*';
const destination = (logGroupArn: unknown) => ({ cloudWatchLogsLogGroup: { logGroupArn } });
const logging = (config: unknown) => readLoggingConfiguration({ loggingConfiguration: config });
const NEEDS_ONE = ['InvalidLoggingConfiguration', 'Invalid Logging Configuration: Must specify exactly one Log Destination.'];
const BAD_DESTINATION = [
  'InvalidLoggingConfiguration',
  'Invalid Logging Configuration: Log Destination not valid: a logGroupArn of the form arn:aws:logs:{region}:{account}:log-group:{name}:* is required.',
];

describe('readLoggingConfiguration', () => {
  it('is undefined when the request has none', () => {
    expect(readLoggingConfiguration({})).toBeUndefined();
    expect(readLoggingConfiguration({ loggingConfiguration: null })).toBeUndefined();
  });

  it('fills in level OFF and includeExecutionData false, as AWS stores them', () => {
    expect(logging({})).toBe('{"level":"OFF","includeExecutionData":false}');
    expect(logging({})).toBe(DEFAULT_LOGGING_CONFIGURATION);
  });

  it('keeps a destination with its ARN only, dropping members AWS does not store', () => {
    expect(
      JSON.parse(
        logging({ level: 'ERROR', includeExecutionData: true, destinations: [{ ...destination(GROUP_ARN), extra: 1 }], other: 'x' })!,
      ),
    ).toEqual({
      level: 'ERROR',
      includeExecutionData: true,
      destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: GROUP_ARN } }],
    });
  });

  it('accepts OFF with a destination, and OFF with an empty list (then without destinations)', () => {
    expect(JSON.parse(logging({ level: 'OFF', destinations: [destination(GROUP_ARN)] })!).destinations).toHaveLength(1);
    expect(logging({ level: 'OFF', destinations: [] })).toBe('{"level":"OFF","includeExecutionData":false}');
  });

  it.each([
    ['a level other than OFF without a destination', { level: 'ALL' }, NEEDS_ONE],
    ['two destinations', { level: 'ALL', destinations: [destination(GROUP_ARN), destination(GROUP_ARN)] }, NEEDS_ONE],
    [
      'destinations that are no list',
      { destinations: 'x' },
      ['InvalidLoggingConfiguration', 'Invalid Logging Configuration: destinations must be a list.'],
    ],
    ['a log group ARN without :*', { level: 'ALL', destinations: [destination(GROUP_ARN.slice(0, -2))] }, BAD_DESTINATION],
    ['an ARN of another service', { level: 'ALL', destinations: [destination('arn:aws:s3:::bucket')] }, BAD_DESTINATION],
    ['a destination without a log group', { level: 'ALL', destinations: [{}] }, BAD_DESTINATION],
    ['a null destination', { level: 'ALL', destinations: [null] }, BAD_DESTINATION],
  ])('refuses %s', (_what, config, expected) => {
    expect(apiErrorOf(() => logging(config))).toEqual(expected);
  });

  it('refuses a level outside ALL, ERROR, FATAL, OFF and a non-boolean includeExecutionData as validation errors', () => {
    expect(apiErrorOf(() => logging({ level: 'DEBUG' }))[0]).toBe('ValidationException');
    expect(apiErrorOf(() => logging({ includeExecutionData: 'yes' }))[0]).toBe('ValidationException');
    expect(apiErrorOf(() => readLoggingConfiguration({ loggingConfiguration: 'ALL' }))[0]).toBe('ValidationException');
  });
});

describe('readTracingConfiguration', () => {
  it('stores enabled as a boolean, false unless given, and is undefined without the member', () => {
    expect(readTracingConfiguration({})).toBeUndefined();
    expect(readTracingConfiguration({ tracingConfiguration: {} })).toBe('{"enabled":false}');
    expect(readTracingConfiguration({ tracingConfiguration: { enabled: true, other: 1 } })).toBe('{"enabled":true}');
    expect(DEFAULT_TRACING_CONFIGURATION).toBe('{"enabled":false}');
  });
});

describe('readRoleArn', () => {
  it('passes a well-formed role ARN and undefined through, and refuses a malformed one', () => {
    expect(readRoleArn('arn:aws:iam::123456789012:role/R')).toBe('arn:aws:iam::123456789012:role/R');
    expect(readRoleArn(undefined)).toBeUndefined();
    expect(apiErrorOf(() => readRoleArn('arn:aws:iam::123456789012:user/U'))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Invalid ARN prefix: arn:aws:iam::123456789012:user/U'",
    ]);
  });
});

describe('checkDefinition', () => {
  const withValidator = (result: { ok: true } | { ok: false; message: string }) =>
    ({ engine: { validateDefinition: () => result } }) as unknown as ActionContext;

  it('accepts what the engine’s validator accepts', () => {
    expect(() => checkDefinition(withValidator({ ok: true }), '{}')).not.toThrow();
  });

  it('turns the validator’s message into InvalidDefinition', () => {
    expect(apiErrorOf(() => checkDefinition(withValidator({ ok: false, message: 'SCHEMA_VALIDATION_FAILED: no StartAt' }), '{}'))).toEqual([
      'InvalidDefinition',
      "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: no StartAt'",
    ]);
  });
});

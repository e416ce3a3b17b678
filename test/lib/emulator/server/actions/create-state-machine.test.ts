import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStateMachine } from '@/lib/emulator/server/actions/create-state-machine';
import { deleteStateMachine } from '@/lib/emulator/server/actions/delete-state-machine';
import { apiErrorOf, validation } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  MACHINE_PREFIX,
  PASS_DEFINITION,
  ROLE_ARN,
  WAIT_DEFINITION,
  type ActionTestContext,
} from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

const body = (extra: Record<string, unknown> = {}) => ({ name: 'M', definition: PASS_DEFINITION, roleArn: ROLE_ARN, ...extra });
const GROUP_ARN = 'arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/states/M:*';

describe('createStateMachine', () => {
  it('creates a STANDARD machine in the request’s region and answers its ARN and creation date in epoch seconds', () => {
    t.setNow(1_700_000_000_250);
    expect(createStateMachine(body(), t.context)).toEqual({ stateMachineArn: `${MACHINE_PREFIX}M`, creationDate: 1_700_000_000.25 });
    expect(t.context.store.getStateMachine(`${MACHINE_PREFIX}M`)).toMatchObject({
      name: 'M',
      type: 'STANDARD',
      creationDateMs: 1_700_000_000_250,
      current: {
        revision: 1,
        definition: PASS_DEFINITION,
        roleArn: ROLE_ARN,
        loggingConfiguration: '{"level":"OFF","includeExecutionData":false}',
        tracingConfiguration: '{"enabled":false}',
        description: null,
        updateDateMs: 1_700_000_000_250,
      },
    });
  });

  it('uses the context’s region and account in the ARN', () => {
    const eu = createActionTestContext({ region: 'eu-west-1' });
    try {
      expect(createStateMachine(body(), eu.context)).toMatchObject({
        stateMachineArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:M',
      });
    } finally {
      eu.close();
    }
  });

  it('stores the type, logging and tracing given', () => {
    createStateMachine(
      body({
        type: 'EXPRESS',
        loggingConfiguration: {
          level: 'ALL',
          includeExecutionData: true,
          destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: GROUP_ARN } }],
        },
        tracingConfiguration: { enabled: true },
      }),
      t.context,
    );
    const machine = t.context.store.getStateMachine(`${MACHINE_PREFIX}M`);
    expect(machine?.type).toBe('EXPRESS');
    expect(JSON.parse(machine?.current.loggingConfiguration ?? '')).toEqual({
      level: 'ALL',
      includeExecutionData: true,
      destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: GROUP_ARN } }],
    });
    expect(machine?.current.tracingConfiguration).toBe('{"enabled":true}');
  });

  it('is idempotent: the same settings again answer the existing machine with its first creation date', () => {
    t.setNow(1_000_000);
    createStateMachine(body({ type: 'STANDARD', loggingConfiguration: { level: 'OFF' } }), t.context);
    t.setNow(2_000_000);
    expect(createStateMachine(body(), t.context)).toEqual({ stateMachineArn: `${MACHINE_PREFIX}M`, creationDate: 1_000 });
    expect(t.context.store.listStateMachines(MACHINE_PREFIX, 0, 10)).toHaveLength(1);
  });

  it.each([
    ['definition', { definition: WAIT_DEFINITION }],
    ['role', { roleArn: 'arn:aws:iam::123456789012:role/Other' }],
    ['type', { type: 'EXPRESS' }],
    ['logging', { loggingConfiguration: { level: 'OFF', includeExecutionData: true } }],
    ['tracing', { tracingConfiguration: { enabled: true } }],
  ])('refuses the name of an existing machine with another %s (StateMachineAlreadyExists)', (_what, change) => {
    createStateMachine(body(), t.context);
    expect(apiErrorOf(() => createStateMachine(body(change), t.context))).toEqual([
      'StateMachineAlreadyExists',
      `State Machine Already Exists: '${MACHINE_PREFIX}M'`,
    ]);
  });

  it('creates a new machine under the name of a deleted one', () => {
    t.setNow(1_000_000);
    createStateMachine(body(), t.context);
    deleteStateMachine({ stateMachineArn: `${MACHINE_PREFIX}M` }, t.context);
    t.setNow(5_000_000);
    expect(createStateMachine(body({ definition: WAIT_DEFINITION }), t.context)).toEqual({
      stateMachineArn: `${MACHINE_PREFIX}M`,
      creationDate: 5_000,
    });
  });

  it.each([
    ['no name', { name: undefined }, validation("Value null at 'name' failed to satisfy constraint: Member must not be null")],
    [
      'a name over 80 characters',
      { name: 'x'.repeat(81) },
      validation("Value at 'name' failed to satisfy constraint: Member must have length less than or equal to 80"),
    ],
    ['a name with a space', { name: 'my machine' }, ['InvalidName', "Invalid Name: 'my machine'"]],
    ['a name with a colon', { name: 'a:b' }, ['InvalidName', "Invalid Name: 'a:b'"]],
    [
      'no definition',
      { definition: undefined },
      validation("Value null at 'definition' failed to satisfy constraint: Member must not be null"),
    ],
    ['no role', { roleArn: undefined }, validation("Value null at 'roleArn' failed to satisfy constraint: Member must not be null")],
    [
      'a role that is no role ARN',
      { roleArn: 'arn:aws:iam::123456789012:user/U' },
      ['InvalidArn', "Invalid Arn: 'Invalid ARN prefix: arn:aws:iam::123456789012:user/U'"],
    ],
    [
      'an unknown type',
      { type: 'BATCH' },
      validation("Value 'BATCH' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]"),
    ],
    [
      'logging without a destination',
      { loggingConfiguration: { level: 'ALL' } },
      ['InvalidLoggingConfiguration', 'Invalid Logging Configuration: Must specify exactly one Log Destination.'],
    ],
    [
      'a definition the engine refuses',
      { definition: '{"StartAt":"Nowhere","States":{}}' },
      ['InvalidDefinition', "Invalid State Machine Definition: 'SCHEMA_VALIDATION_FAILED: StartAt must name a state in States'"],
    ],
  ])('refuses %s', (_what, change, expected) => {
    expect(apiErrorOf(() => createStateMachine(body(change), t.context))).toEqual(expected);
    expect(t.context.store.listStateMachines(MACHINE_PREFIX, 0, 10)).toEqual([]);
  });

  it('checks the name before anything else', () => {
    expect(apiErrorOf(() => createStateMachine({ name: 'bad name' }, t.context))).toEqual(['InvalidName', "Invalid Name: 'bad name'"]);
  });

  it('accepts a definition of 1,048,576 characters and refuses one more', () => {
    const padded = (length: number) => PASS_DEFINITION.slice(0, -1) + `,"Comment":"${'c'.repeat(length - PASS_DEFINITION.length - 13)}"}`;
    expect(padded(1_048_576)).toHaveLength(1_048_576);
    expect(() => createStateMachine(body({ definition: padded(1_048_576) }), t.context)).not.toThrow();
    expect(apiErrorOf(() => createStateMachine(body({ name: 'N', definition: padded(1_048_577) }), t.context))).toEqual(
      validation("Value at 'definition' failed to satisfy constraint: Member must have length less than or equal to 1048576"),
    );
  });
});

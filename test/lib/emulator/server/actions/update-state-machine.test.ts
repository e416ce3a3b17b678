import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeStateMachine } from '@/lib/emulator/server/actions/describe-state-machine';
import { updateStateMachine } from '@/lib/emulator/server/actions/update-state-machine';
import { apiErrorOf } from '../../../../support/emulator-actions/api-error-of';
import {
  createActionTestContext,
  createMachine,
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

const GROUP_ARN = 'arn:aws:logs:us-east-1:123456789012:log-group:g:*';

describe('updateStateMachine', () => {
  it('adds a revision with the new definition, keeps the other settings, and answers its update date and revision id', () => {
    const arn = createMachine(t.context, 'M', { tracingConfiguration: { enabled: true } });
    t.setNow(1_800_000_000_100);
    const answer = updateStateMachine({ stateMachineArn: arn, definition: WAIT_DEFINITION }, t.context) as {
      updateDate: number;
      revisionId: string;
    };
    expect(answer.updateDate).toBe(1_800_000_000.1);
    const machine = t.context.store.getStateMachine(arn);
    expect(machine?.current).toMatchObject({
      revision: 2,
      revisionId: answer.revisionId,
      definition: WAIT_DEFINITION,
      roleArn: ROLE_ARN,
      tracingConfiguration: '{"enabled":true}',
      updateDateMs: 1_800_000_000_100,
    });
    expect(t.context.store.getRevision(machine!.id, 1)?.definition).toBe(PASS_DEFINITION);
  });

  it.each([
    [
      'role',
      { roleArn: 'arn:aws:iam::123456789012:role/Other' },
      { roleArn: 'arn:aws:iam::123456789012:role/Other', definition: PASS_DEFINITION },
    ],
    [
      'logging',
      { loggingConfiguration: { level: 'ERROR', destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: GROUP_ARN } }] } },
      {
        loggingConfiguration: {
          level: 'ERROR',
          includeExecutionData: false,
          destinations: [{ cloudWatchLogsLogGroup: { logGroupArn: GROUP_ARN } }],
        },
      },
    ],
    ['tracing', { tracingConfiguration: { enabled: true } }, { tracingConfiguration: { enabled: true } }],
  ])('changes only the %s when only it is given', (_what, change, expected) => {
    const arn = createMachine(t.context, 'M');
    const before = describeStateMachine({ stateMachineArn: arn }, t.context) as Record<string, unknown>;
    updateStateMachine({ stateMachineArn: arn, ...change }, t.context);
    const after = describeStateMachine({ stateMachineArn: arn }, t.context) as Record<string, unknown>;
    expect(after).toEqual({ ...before, ...expected, revisionId: after.revisionId });
    expect(after.revisionId).not.toBe(before.revisionId);
  });

  it('refuses an update that changes nothing (MissingRequiredParameter)', () => {
    const arn = createMachine(t.context, 'M');
    expect(apiErrorOf(() => updateStateMachine({ stateMachineArn: arn }, t.context))).toEqual([
      'MissingRequiredParameter',
      'Either the definition, the role ARN, the LoggingConfiguration, or the TracingConfiguration must be specified',
    ]);
  });

  it('refuses a definition the engine refuses, and adds no revision', () => {
    const arn = createMachine(t.context, 'M');
    expect(apiErrorOf(() => updateStateMachine({ stateMachineArn: arn, definition: 'not json' }, t.context))[0]).toBe('InvalidDefinition');
    expect(t.context.store.getStateMachine(arn)?.current.revision).toBe(1);
  });

  it('refuses a malformed role and an unknown machine', () => {
    const arn = createMachine(t.context, 'M');
    expect(apiErrorOf(() => updateStateMachine({ stateMachineArn: arn, roleArn: 'role' }, t.context))).toEqual([
      'InvalidArn',
      "Invalid Arn: 'Invalid ARN prefix: role'",
    ]);
    expect(
      apiErrorOf(() => updateStateMachine({ stateMachineArn: `${MACHINE_PREFIX}Nope`, definition: PASS_DEFINITION }, t.context)),
    ).toEqual(['StateMachineDoesNotExist', `State Machine Does Not Exist: '${MACHINE_PREFIX}Nope'`]);
  });
});

import { describe, expect, it } from 'vitest';
import { detailsOf, runDefinition } from '../../../../support/emulator-engine/run-definition';

const definition = {
  StartAt: 'Check',
  States: {
    Check: {
      Type: 'Choice',
      Choices: [{ Variable: '$.n', NumericGreaterThan: 10, Next: 'Big' }],
      Default: 'Small',
    },
    Big: { Type: 'Pass', Result: 'big', End: true },
    Small: { Type: 'Pass', Result: 'small', End: true },
  },
};

describe('Choice state', () => {
  it('follows the first matching rule', async () => {
    const run = await runDefinition(definition, { input: { n: 11 } });
    expect(run.types).toEqual([
      'ExecutionStarted',
      'ChoiceStateEntered',
      'ChoiceStateExited',
      'PassStateEntered',
      'PassStateExited',
      'ExecutionSucceeded',
    ]);
    expect(detailsOf(run.events[3]).name).toBe('Big');
  });

  it('follows Default when no rule matches', async () => {
    const run = await runDefinition(definition, { input: { n: 1 } });
    expect(run.outcome.output).toBe('"small"');
  });

  it('fails with States.NoChoiceMatched when nothing matches and there is no Default', async () => {
    const { Default: _unused, ...check } = definition.States.Check;
    void _unused;
    const run = await runDefinition({ ...definition, States: { ...definition.States, Check: check } }, { input: { n: 1 } });
    expect(run.types).toEqual(['ExecutionStarted', 'ChoiceStateEntered', 'ExecutionFailed']);
    expect(run.outcome.error).toBe('States.NoChoiceMatched');
    expect(run.outcome.cause).toContain("executing the state 'Check' (entered at the event id #2)");
  });

  it('uses a matched rule’s Assign and the state-level Assign with Default', async () => {
    const withAssign = {
      StartAt: 'Check',
      States: {
        Check: {
          Type: 'Choice',
          Choices: [{ Variable: '$.n', NumericEquals: 1, Assign: { picked: 'rule' }, Next: 'Done' }],
          Assign: { picked: 'default' },
          Default: 'Done',
        },
        Done: { Type: 'Pass', Parameters: { 'picked.$': '$picked' }, End: true },
      },
    };
    expect((await runDefinition(withAssign, { input: { n: 1 } })).outcome.output).toBe('{"picked":"rule"}');
    expect((await runDefinition(withAssign, { input: { n: 2 } })).outcome.output).toBe('{"picked":"default"}');
  });

  it('evaluates JSONata Conditions and a rule’s Output', async () => {
    const run = await runDefinition(
      {
        QueryLanguage: 'JSONata',
        StartAt: 'Check',
        States: {
          Check: {
            Type: 'Choice',
            Choices: [{ Condition: '{% $states.input.ok %}', Output: 'yes', Next: 'Done' }],
            Default: 'Done',
            Output: 'no',
          },
          Done: { Type: 'Succeed' },
        },
      },
      { input: { ok: true } },
    );
    expect(run.outcome.output).toBe('"yes"');
  });
});

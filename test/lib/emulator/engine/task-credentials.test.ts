import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { readTaskRoleArn } from '@/lib/emulator/engine/task-credentials';
import { makeFrame, rejectionOf } from '../../../support/emulator-engine/state-frame';

const ROLE = 'arn:aws:iam::123456789012:role/TaskRole';

function frameWith(credentials: JsonValue | undefined, queryLanguage: 'JSONPath' | 'JSONata' = 'JSONPath') {
  const state: JsonObject = { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true };
  if (credentials !== undefined) state.Credentials = credentials;
  return makeFrame({ state, queryLanguage, variables: { role: ROLE } }).frame;
}

describe('readTaskRoleArn', () => {
  it('is undefined when the Task has no Credentials', async () => {
    await expect(readTaskRoleArn(frameWith(undefined), {})).resolves.toBeUndefined();
  });

  it.each<[string, JsonValue, JsonValue]>([
    ['a literal RoleArn', { RoleArn: ROLE }, {}],
    ['RoleArn.$ from the input', { 'RoleArn.$': '$.role' }, { role: ROLE }],
    ['RoleArn.$ from a variable', { 'RoleArn.$': '$role' }, {}],
    ['RoleArn.$ from an intrinsic', { 'RoleArn.$': "States.Format('arn:aws:iam::123456789012:role/{}', $.name)" }, { name: 'TaskRole' }],
  ])('reads %s (JSONPath)', async (_why, credentials, input) => {
    await expect(readTaskRoleArn(frameWith(credentials), input)).resolves.toBe(ROLE);
  });

  it.each<[string, JsonValue]>([
    ['a JSONata RoleArn', { RoleArn: '{% $states.input.role %}' }],
    ['a JSONata expression for all of Credentials', '{% { "RoleArn": $role } %}'],
    ['a literal RoleArn', { RoleArn: ROLE }],
  ])('reads %s (JSONata)', async (_why, credentials) => {
    await expect(readTaskRoleArn(frameWith(credentials, 'JSONata'), { role: ROLE })).resolves.toBe(ROLE);
  });

  it.each<[string, JsonValue]>([
    ['no RoleArn', { Other: ROLE }],
    ['a RoleArn that is not a string', { RoleArn: 12 }],
    ['Credentials that are not an object', 'role'],
  ])('is undefined for %s', async (_why, credentials) => {
    await expect(readTaskRoleArn(frameWith(credentials), {})).resolves.toBeUndefined();
  });

  it('fails like any template when RoleArn.$ finds nothing', async () => {
    const error = await rejectionOf(readTaskRoleArn(frameWith({ 'RoleArn.$': '$.missing' }), { a: 1 }));
    expect(error).toMatchObject({
      error: 'States.Runtime',
      causeText: `The JSONPath '$.missing' specified for the field 'RoleArn.$' could not be found in the input '{"a":1}'`,
    });
  });
});

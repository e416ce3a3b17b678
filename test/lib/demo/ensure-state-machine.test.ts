import { describe, expect, it } from 'vitest';
import { DEMO_ROLE_ARN, ensureStateMachine, findStateMachineArn } from '@/lib/demo/ensure-state-machine';
import { awsError, fakeSfnClient, pagedAnswer } from '../../support/aws-fakes/fake-aws-clients';

const arnOf = (name: string) => `arn:aws:states:us-east-1:123456789012:stateMachine:${name}`;
const listing = (...pages: string[][]) =>
  pagedAnswer(pages.map((names) => ({ stateMachines: names.map((name) => ({ name, stateMachineArn: arnOf(name) })) })));
const DEFINITION = '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}';

describe('findStateMachineArn', () => {
  it('pages ListStateMachines 1,000 at a time and stops at the page holding the name', async () => {
    const { client, calls } = fakeSfnClient({ ListStateMachines: listing(['a', 'b'], ['target'], ['never-read']) });
    expect(await findStateMachineArn(client, 'target')).toBe(arnOf('target'));
    expect(calls.map((call) => [call.input.nextToken, call.input.maxResults])).toEqual([
      [undefined, 1000],
      ['page-1', 1000],
    ]);
  });

  it('is undefined when no page holds the name', async () => {
    const { client } = fakeSfnClient({ ListStateMachines: listing(['a'], ['b']) });
    expect(await findStateMachineArn(client, 'target')).toBeUndefined();
  });
});

describe('ensureStateMachine', () => {
  it('creates a missing machine as STANDARD with the demo role', async () => {
    const { client, inputsOf } = fakeSfnClient({
      ListStateMachines: listing([]),
      CreateStateMachine: () => ({ stateMachineArn: arnOf('M') }),
    });
    expect(await ensureStateMachine(client, { name: 'M', definition: DEFINITION })).toEqual({ arn: arnOf('M'), outcome: 'created' });
    expect(inputsOf('CreateStateMachine')).toEqual([{ name: 'M', definition: DEFINITION, roleArn: DEMO_ROLE_ARN, type: 'STANDARD' }]);
  });

  it('leaves a machine with the same definition and role unchanged', async () => {
    const { client, calls } = fakeSfnClient({
      ListStateMachines: listing(['M']),
      DescribeStateMachine: () => ({ definition: DEFINITION, roleArn: DEMO_ROLE_ARN }),
    });
    expect(await ensureStateMachine(client, { name: 'M', definition: DEFINITION })).toEqual({ arn: arnOf('M'), outcome: 'unchanged' });
    expect(calls.map((call) => call.command)).toEqual(['ListStateMachines', 'DescribeStateMachine']);
  });

  it.each([
    ['definition', { definition: '{"old":1}', roleArn: DEMO_ROLE_ARN }],
    ['role', { definition: DEFINITION, roleArn: 'arn:aws:iam::123456789012:role/Other' }],
  ])('updates a machine whose %s differs, in place', async (_what, current) => {
    const { client, inputsOf } = fakeSfnClient({
      ListStateMachines: listing(['M']),
      DescribeStateMachine: () => current,
      UpdateStateMachine: () => ({}),
    });
    expect(await ensureStateMachine(client, { name: 'M', definition: DEFINITION })).toEqual({ arn: arnOf('M'), outcome: 'updated' });
    expect(inputsOf('UpdateStateMachine')).toEqual([{ stateMachineArn: arnOf('M'), definition: DEFINITION, roleArn: DEMO_ROLE_ARN }]);
  });

  it('uses the role it is given', async () => {
    const role = 'arn:aws:iam::123456789012:role/Mine';
    const { client, inputsOf } = fakeSfnClient({
      ListStateMachines: listing([]),
      CreateStateMachine: () => ({ stateMachineArn: arnOf('M') }),
    });
    await ensureStateMachine(client, { name: 'M', definition: DEFINITION, roleArn: role });
    expect(inputsOf('CreateStateMachine')[0]?.roleArn).toBe(role);
  });

  it('updates the machine another run created between its list and its create', async () => {
    let lists = 0;
    const { client } = fakeSfnClient({
      ListStateMachines: () => ({ stateMachines: lists++ === 0 ? [] : [{ name: 'M', stateMachineArn: arnOf('M') }] }),
      CreateStateMachine: () => {
        throw awsError('StateMachineAlreadyExists');
      },
      DescribeStateMachine: () => ({ definition: '{"theirs":1}', roleArn: DEMO_ROLE_ARN }),
      UpdateStateMachine: () => ({}),
    });
    expect(await ensureStateMachine(client, { name: 'M', definition: DEFINITION })).toEqual({ arn: arnOf('M'), outcome: 'updated' });
  });

  it('rethrows StateMachineAlreadyExists when the machine still cannot be found, and any other create error', async () => {
    const exists = awsError('StateMachineAlreadyExists');
    const first = fakeSfnClient({
      ListStateMachines: listing([]),
      CreateStateMachine: () => {
        throw exists;
      },
    });
    await expect(ensureStateMachine(first.client, { name: 'M', definition: DEFINITION })).rejects.toBe(exists);
    const denied = awsError('AccessDeniedException');
    const second = fakeSfnClient({
      ListStateMachines: listing([]),
      CreateStateMachine: () => {
        throw denied;
      },
    });
    await expect(ensureStateMachine(second.client, { name: 'M', definition: DEFINITION })).rejects.toBe(denied);
  });

  it('fails when CreateStateMachine answers without an ARN', async () => {
    const { client } = fakeSfnClient({ ListStateMachines: listing([]), CreateStateMachine: () => ({}) });
    await expect(ensureStateMachine(client, { name: 'M', definition: DEFINITION })).rejects.toThrow(
      'CreateStateMachine of M answered without a stateMachineArn',
    );
  });
});

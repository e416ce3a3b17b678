import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteStateMachine } from '@/lib/emulator/server/actions/delete-state-machine';
import { listStateMachines } from '@/lib/emulator/server/actions/list-state-machines';
import { apiErrorOf, validation } from '../../../../support/emulator-actions/api-error-of';
import { createActionTestContext, createMachine, type ActionTestContext } from '../../../../support/emulator-actions/action-test-context';

let t: ActionTestContext;
beforeEach(() => {
  t = createActionTestContext();
});
afterEach(() => t.close());

type Page = { stateMachines: Array<{ name: string }>; nextToken?: string };
const list = (body: Record<string, unknown> = {}) => listStateMachines(body, t.context) as Page;
const names = (page: Page) => page.stateMachines.map((machine) => machine.name);

describe('listStateMachines', () => {
  it('lists the region’s machines in creation order, each with ARN, name, type and creation date', () => {
    t.setNow(1_000);
    const zArn = createMachine(t.context, 'Z');
    t.setNow(2_500);
    createMachine(t.context, 'A', { type: 'EXPRESS' });
    expect(list()).toEqual({
      stateMachines: [
        { stateMachineArn: zArn, name: 'Z', type: 'STANDARD', creationDate: 1 },
        { stateMachineArn: zArn.replace(':Z', ':A'), name: 'A', type: 'EXPRESS', creationDate: 2.5 },
      ],
    });
  });

  it('answers an empty list when there is nothing, without a token', () => {
    expect(list()).toEqual({ stateMachines: [] });
  });

  it('pages by maxResults with a token, until the last page comes without one', () => {
    for (const name of ['a', 'b', 'c', 'd', 'e']) createMachine(t.context, name);
    const first = list({ maxResults: 2 });
    expect(names(first)).toEqual(['a', 'b']);
    const second = list({ maxResults: 2, nextToken: first.nextToken });
    expect(names(second)).toEqual(['c', 'd']);
    const third = list({ maxResults: 2, nextToken: second.nextToken });
    expect(third).toEqual({ stateMachines: [expect.objectContaining({ name: 'e' })] });
  });

  it('gives no token when the page is exactly full and nothing follows', () => {
    for (const name of ['a', 'b']) createMachine(t.context, name);
    expect(list({ maxResults: 2 }).nextToken).toBeUndefined();
  });

  it('reads maxResults 0 as the default page of 100', () => {
    for (let i = 0; i < 101; i++) createMachine(t.context, `m${i}`);
    const page = list({ maxResults: 0 });
    expect(page.stateMachines).toHaveLength(100);
    expect(page.nextToken).toBeDefined();
  });

  it('leaves out deleted machines and those of other regions', () => {
    const gone = createMachine(t.context, 'gone');
    createMachine(t.context, 'kept');
    deleteStateMachine({ stateMachineArn: gone }, t.context);
    const eu = { ...t.context, region: 'eu-west-1' };
    createMachine(eu, 'european');
    expect(names(list())).toEqual(['kept']);
    expect(names(listStateMachines({}, eu) as Page)).toEqual(['european']);
  });

  it('refuses a token from another region or another request', () => {
    for (const name of ['a', 'b']) createMachine(t.context, name);
    const { nextToken } = list({ maxResults: 1 });
    const eu = { ...t.context, region: 'eu-west-1' };
    const invalid = ['InvalidToken', "Invalid Token: 'The pagination token is invalid or does not belong to this request'"];
    expect(apiErrorOf(() => listStateMachines({ nextToken }, eu))).toEqual(invalid);
    expect(apiErrorOf(() => list({ nextToken: 'forged.token' }))).toEqual(invalid);
  });

  it('refuses maxResults outside 0–1000', () => {
    expect(apiErrorOf(() => list({ maxResults: 1001 }))).toEqual(
      validation("Value '1001' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 1000"),
    );
    expect(apiErrorOf(() => list({ maxResults: -1 }))).toEqual(
      validation("Value '-1' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 0"),
    );
  });
});

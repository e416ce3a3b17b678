import { describe, expect, it } from 'vitest';
import { areActionsAllowed } from '@/lib/services/execution-actions/are-actions-allowed';

describe('areActionsAllowed', () => {
  it('is on only when the flag set STATESCOPE_ALLOW_ACTIONS to 1', () => {
    expect(areActionsAllowed({ STATESCOPE_ALLOW_ACTIONS: '1' })).toBe(true);
    expect(areActionsAllowed({})).toBe(false);
    expect(areActionsAllowed({ STATESCOPE_ALLOW_ACTIONS: 'true' })).toBe(false);
  });
});

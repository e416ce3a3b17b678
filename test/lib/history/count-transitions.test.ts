import { describe, expect, it } from 'vitest';
import { countTransitions } from '@/lib/history/count-transitions';
import type { StateVisit } from '@/lib/history/types';

function visit(name: string, billableTransitions: number, enteredEventId = 1): StateVisit {
  return {
    name,
    type: 'Task',
    enteredEventId,
    exitedEventId: null,
    status: 'succeeded',
    startedAt: null,
    endedAt: null,
    durationMs: null,
    attempts: [],
    error: null,
    cause: null,
    caughtBy: null,
    evaluationFailures: [],
    mapRuns: [],
    redriveAttempt: 0,
    billableTransitions,
    eventIds: [enteredEventId],
    children: [],
  };
}

describe('countTransitions', () => {
  it('is zero for no visits and no redrives', () => {
    expect(countTransitions([], 0)).toEqual({ total: 0, byState: {}, redrives: 0 });
  });

  it("sums each visit's own count, by state name and in total", () => {
    const visits = [visit('Validate', 1), visit('Charge', 3), visit('Charge', 1), visit('Ship', 1)];
    expect(countTransitions(visits, 0)).toEqual({ total: 6, byState: { Validate: 1, Charge: 4, Ship: 1 }, redrives: 0 });
  });

  it('adds one per ExecutionRedriven to the total only', () => {
    expect(countTransitions([visit('A', 2)], 3)).toEqual({ total: 5, byState: { A: 2 }, redrives: 3 });
    expect(countTransitions([], 2)).toEqual({ total: 2, byState: {}, redrives: 2 });
  });

  it('lists a state whose visits bill nothing with 0', () => {
    expect(countTransitions([visit('Free', 0)], 0).byState).toEqual({ Free: 0 });
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])('counts a state named %s from 0 as an own property', (name) => {
    const { byState, total } = countTransitions([visit(name, 1), visit(name, 2)], 0);
    expect(total).toBe(3);
    expect(Object.hasOwn(byState, name)).toBe(true);
    expect(Object.getOwnPropertyDescriptor(byState, name)?.value).toBe(3);
    expect(Object.getPrototypeOf(byState)).toBe(Object.prototype);
  });
});

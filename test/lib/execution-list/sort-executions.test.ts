import { describe, expect, it } from 'vitest';
import { sortExecutions } from '@/lib/execution-list/sort-executions';
import { execution, NOW } from '../../support/execution-list/execution';

describe('sortExecutions', () => {
  // API order: newest first.
  const executions = [
    execution('run-10', 'RUNNING', 1),
    execution('run-9', 'SUCCEEDED', 2, 5_000),
    execution('run-2', 'FAILED', 3, 500),
    execution('Run-1', 'SUCCEEDED', 4, 90_000),
  ];
  const names = (key: Parameters<typeof sortExecutions>[1], direction: 'asc' | 'desc') =>
    sortExecutions(executions, key, direction, NOW).map((found) => found.name);

  it('sorts names naturally, ignoring case', () => {
    expect(names('name', 'asc')).toEqual(['Run-1', 'run-2', 'run-9', 'run-10']);
    expect(names('name', 'desc')).toEqual(['run-10', 'run-9', 'run-2', 'Run-1']);
  });
  it('sorts by start time', () => {
    expect(names('started', 'asc')).toEqual(['Run-1', 'run-2', 'run-9', 'run-10']);
  });
  it('puts running executions last when sorting by stop time, in both directions', () => {
    expect(names('stopped', 'desc')).toEqual(['run-9', 'run-2', 'Run-1', 'run-10']);
    expect(names('stopped', 'asc')).toEqual(['Run-1', 'run-2', 'run-9', 'run-10']);
  });
  it('measures a running execution up to now when sorting by duration', () => {
    // run-10 has run 1 h so far: the longest.
    expect(names('duration', 'desc')).toEqual(['run-10', 'Run-1', 'run-9', 'run-2']);
  });
  it('does not change its input', () => {
    sortExecutions(executions, 'name', 'asc', NOW);
    expect(executions.map((found) => found.name)).toEqual(['run-10', 'run-9', 'run-2', 'Run-1']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatSearchText, toSearchJson } from '@/lib/cli/commands/search-output';
import type { IndexedExecution } from '@/lib/execution-index/types';

const execution = {
  source: 's',
  executionArn: 'arn:aws:states:us-east-1:1:execution:orders:e1',
  stateMachineArn: 'arn:aws:states:us-east-1:1:stateMachine:orders',
  stateMachineName: 'orders',
  name: 'e1',
  status: 'FAILED',
  startedAt: new Date('2026-12-01T08:00:00Z'),
} as IndexedExecution;

describe('search output', () => {
  it('gives scripts the five fields, a missing snippet as null', () => {
    expect(toSearchJson({ hits: [{ execution }], total: 1 })).toEqual([
      {
        executionArn: execution.executionArn,
        stateMachineArn: execution.stateMachineArn,
        status: 'FAILED',
        startDate: '2026-12-01T08:00:00.000Z',
        snippet: null,
      },
    ]);
  });

  it('prints a table with the snippet on one indented line', () => {
    expect(formatSearchText({ hits: [{ execution, snippet: '{"id":\n  "«ORD-1»"}', snippetField: 'input' }], total: 1 })).toBe(
      [
        'STATUS  STARTED                  STATE MACHINE  EXECUTION',
        'FAILED  2026-12-01 08:00:00 UTC  orders         e1',
        '    input: {"id": "«ORD-1»"}',
        '',
        '1 matching execution',
        '',
      ].join('\n'),
    );
    expect(formatSearchText({ hits: [], total: 0 })).toBe('No execution in the index matches.\n');
  });
});

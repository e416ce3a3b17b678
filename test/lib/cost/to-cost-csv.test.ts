import { describe, expect, it } from 'vitest';
import { toExecutionCostCsv, toStateTransitionsCsv } from '@/lib/cost/to-cost-csv';
import type { ExecutionCost, StateTransitions } from '@/lib/cost/types';

const EXECUTION_ARN = 'arn:aws:states:us-east-1:123456789012:execution:orders:run-1';

function executionNamed(name: string): Omit<ExecutionCost, 'states'> {
  const startedAt = new Date('2026-11-29T12:00:00Z');
  return {
    executionArn: EXECUTION_ARN,
    name,
    status: 'SUCCEEDED',
    startedAt,
    stoppedAt: new Date(startedAt.getTime() + 1_000),
    durationMs: 1_000,
    transitions: 4,
    costUsd: 0.0001,
  };
}

/** RFC 4180 rows, as a spreadsheet reads them back (quoted cells may hold commas and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index += 1;
    } else cell += char;
  }
  return rows;
}

/** The name cell of the one data row. */
function nameCell(name: string): string {
  const rows = parseCsv(toExecutionCostCsv([executionNamed(name)]));
  expect(rows).toHaveLength(2);
  return rows[1]![2]!;
}

describe('cost CSV cells and formula injection (OWASP CSV injection)', () => {
  // OWASP lists = + - @ and also TAB (0x09) and carriage return (0x0D) as characters that make a
  // spreadsheet treat a cell as a formula; NUL is stripped by some importers, exposing what follows.
  it.each([
    ['=', '=1+1'],
    ['+', '+1+1'],
    ['-', '-1+1'],
    ['@', '@SUM(A1)'],
    ['TAB', '\t=1+1'],
    ['carriage return', '\r=1+1'],
    ['NUL', '\0=1+1'],
  ])('neutralizes a leading %s with a quote', (_name, value) => {
    expect(nameCell(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text, inner formula characters and numbers alone', () => {
    expect(nameCell('run-1')).toBe('run-1');
    expect(nameCell('a=b+c')).toBe('a=b+c');
    expect(nameCell(' =1')).toBe(' =1');
    const states: StateTransitions[] = [
      {
        state: '-Step',
        type: 'Task',
        visits: -1,
        transitions: 2,
        bySource: { 'first-pass': 1, loop: 0, retry: 1, 'map-iteration': 0, 'parallel-branch': 0, redrive: 0 },
      },
    ];
    // The state name is text and gets the quote; the numeric -1 stays a number.
    expect(toStateTransitionsCsv(states).split('\r\n')[1]).toBe("'-Step,Task,-1,2,1,0,1,0,0,0");
  });

  it('quotes a neutralized cell that holds a line break, so the row stays one row', () => {
    const csv = toExecutionCostCsv([executionNamed('\r\n=1+1')]);
    expect(csv).toContain(`,"'\r\n=1+1",`);
  });
});

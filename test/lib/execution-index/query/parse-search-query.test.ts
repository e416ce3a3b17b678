import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '@/lib/execution-index/query/parse-search-query';
import { SearchQueryError } from '@/lib/execution-index/query/search-query-error';

const NOW = new Date('2026-12-10T12:00:00Z');
const ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:order-workflow';

function errorOf(text: string): string {
  try {
    parseSearchQuery(text, NOW);
  } catch (error) {
    if (error instanceof SearchQueryError) return error.message;
    throw error;
  }
  throw new Error(`parsed without an error: ${text}`);
}

describe('parseSearchQuery', () => {
  it('reads nothing from an empty or blank query', () => {
    expect(parseSearchQuery('', NOW)).toEqual({});
    expect(parseSearchQuery('   \t ', NOW)).toEqual({});
  });

  it('keeps free words and quoted phrases as the full-text terms', () => {
    expect(parseSearchQuery('ORD-20483  "card   declined" timeout', NOW)).toEqual({ text: 'ORD-20483 "card declined" timeout' });
    expect(parseSearchQuery('a"b c"', NOW)).toEqual({ text: 'a "b c"' });
  });

  it('reads field conditions with every operator and value kind', () => {
    expect(
      parseSearchQuery('$.order.id = "ORD-20483" $.amount > 100 $.total>=2.5 $.n<-1e3 $.x<=0 $.ok != true $.y = null', NOW).fields,
    ).toEqual([
      { path: '$.order.id', operator: '=', value: 'ORD-20483' },
      { path: '$.amount', operator: '>', value: 100 },
      { path: '$.total', operator: '>=', value: 2.5 },
      { path: '$.n', operator: '<', value: -1000 },
      { path: '$.x', operator: '<=', value: 0 },
      { path: '$.ok', operator: '!=', value: true },
      { path: '$.y', operator: '=', value: null },
    ]);
    expect(parseSearchQuery('$.note ~ "late" $.customer exists', NOW).fields).toEqual([
      { path: '$.note', operator: 'contains', value: 'late' },
      { path: '$.customer', operator: 'exists' },
    ]);
  });

  it('reads input:/output: prefixes, bracket segments and JSON string escapes', () => {
    expect(parseSearchQuery('output:$.status = "SHIPPED" input:$.items[0]["sku id"] = "a \\"b\\""', NOW).fields).toEqual([
      { payload: 'output', path: '$.status', operator: '=', value: 'SHIPPED' },
      { payload: 'input', path: "$.items[0]['sku id']", operator: '=', value: 'a "b"' },
    ]);
    expect(parseSearchQuery('$.order-id exists', NOW).fields).toEqual([{ path: "$['order-id']", operator: 'exists' }]);
  });

  it('reads qualifiers, lists and quoted qualifier values', () => {
    expect(
      parseSearchQuery(
        `machine:order-workflow machine:${ARN} status:failed,TIMED-OUT error:States.TaskFailed state:"Verify Payment" declined`,
        NOW,
      ),
    ).toEqual({
      stateMachineNames: ['order-workflow'],
      stateMachineArns: [ARN],
      statuses: ['FAILED', 'TIMED_OUT'],
      errors: ['States.TaskFailed'],
      failingStates: ['Verify Payment'],
      text: 'declined',
    });
  });

  it('reads since:/until: as spans back from now or dates', () => {
    expect(parseSearchQuery('since:24h', NOW).from).toEqual(new Date('2026-12-09T12:00:00Z'));
    expect(parseSearchQuery('since:7d until:30m', NOW)).toEqual({
      from: new Date('2026-12-03T12:00:00Z'),
      to: new Date('2026-12-10T11:30:00Z'),
    });
    expect(parseSearchQuery('since:2026-12-01 until:2026-12-02T08:00Z', NOW)).toEqual({
      from: new Date('2026-12-01T00:00:00Z'),
      to: new Date('2026-12-02T08:00:00Z'),
    });
  });

  it('treats an unknown prefix with a colon as a free word (ARNs, times in payloads)', () => {
    expect(parseSearchQuery('arn:aws:states:x foo:bar', NOW)).toEqual({ text: 'arn:aws:states:x foo:bar' });
  });

  it.each([
    ['$.amount >', 'at column 11: expected a value after \'>\': a "string", a number, true, false or null'],
    [
      'status:failed $.amount > ORD-1',
      'at column 26: expected a value after \'>\': a "string", a number, true, false or null, not ORD-1 (put text in double quotes)',
    ],
    ['$.amount 100', 'at column 10: expected an operator after $.amount: = != > >= < <= ~ (contains) or exists'],
    ['"card declined', 'at column 1: unterminated "quoted phrase": add the closing "'],
    ['status:faild', "at column 8: unknown status 'faild': expected running, succeeded, failed, timed_out, aborted, pending_redrive"],
    ['status:failed,,aborted', "at column 15: empty value in the list after 'status:'"],
    ['x error:', "at column 9: expected a value after 'error:'"],
    [
      'since:yesterday',
      "at column 7: 'yesterday' is not a time: expected a span like 30m, 24h, 7d or 2w, or a date like 2026-12-01 (UTC) or 2026-12-01T08:00Z",
    ],
    [
      'since:2026-02-30',
      "at column 7: '2026-02-30' is not a time: expected a span like 30m, 24h, 7d or 2w, or a date like 2026-12-01 (UTC) or 2026-12-01T08:00Z",
    ],
    ['since:1d since:2d', "at column 10: 'since:' is given twice"],
    ['since:1d until:2d', "at column 10: 'since:' must be earlier than 'until:'"],
    ['$. = 1', "at column 3: expected a field name after '.'"],
    ['$.a[x] = 1', "at column 4: expected [n] or ['name'] in a field path"],
    ['$.a ~ 3', 'at column 7: \'~\' (contains) takes a "string" value'],
    ['$.a = "x"y', "at column 10: expected a space after the condition, found 'y'"],
    ['$.a = "x', 'at column 7: unterminated or malformed "string" value'],
  ])('says where %j goes wrong', (text, message) => {
    expect(errorOf(text)).toBe(message);
  });
});

import { describe, expect, it } from 'vitest';
import { deeperThan } from '@/lib/history/json-depth';
import { parseErrorCause } from '@/lib/history/parse-error-cause';

const LAMBDA_CAUSE = JSON.stringify({
  errorMessage: 'card declined',
  errorType: 'PaymentDeclined',
  stackTrace: ['at charge (index.js:10)', 'at handler (index.js:3)'],
  requestId: 'r-1',
});

describe('parseErrorCause', () => {
  it('reads a Lambda error cause: the JSON and the message, type and stack trace', () => {
    expect(parseErrorCause(LAMBDA_CAUSE)).toEqual({
      causeJson: {
        errorMessage: 'card declined',
        errorType: 'PaymentDeclined',
        stackTrace: ['at charge (index.js:10)', 'at handler (index.js:3)'],
        requestId: 'r-1',
      },
      errorMessage: 'card declined',
      errorType: 'PaymentDeclined',
      stackTrace: ['at charge (index.js:10)', 'at handler (index.js:3)'],
    });
  });

  it.each([
    ['no cause', null],
    ['plain text', 'The task timed out'],
    ['empty text', ''],
    ['JSON cut short', '{"errorMessage":"card'],
    ['a JSON string', '"boom"'],
    ['a JSON number', '42'],
    ['JSON null', 'null'],
    ['JSON true', 'true'],
  ])('gives nothing to show for %s', (_, cause) => {
    expect(parseErrorCause(cause)).toEqual({});
  });

  it('keeps JSON without the Lambda fields as causeJson alone', () => {
    expect(parseErrorCause('{"Error":"X","Cause":"y"}')).toEqual({ causeJson: { Error: 'X', Cause: 'y' } });
    expect(parseErrorCause('[1,2]')).toEqual({ causeJson: [1, 2] });
  });

  it('skips fields of the wrong type instead of showing them', () => {
    expect(parseErrorCause('{"errorMessage":7,"errorType":{"a":1},"stackTrace":"at x"}')).toEqual({
      causeJson: { errorMessage: 7, errorType: { a: 1 }, stackTrace: 'at x' },
    });
  });

  it('writes stack-trace entries that are not text as JSON (Python tracebacks are lists)', () => {
    expect(parseErrorCause('{"stackTrace":[["index.py",10,"handler","raise X"],"line",3,null]}').stackTrace).toEqual([
      '["index.py",10,"handler","raise X"]',
      'line',
      '3',
      'null',
    ]);
  });

  it('bounds a deeply nested cause so showing it cannot overflow the stack', () => {
    const cause = `{"errorMessage":"deep","detail":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    const result = parseErrorCause(cause);
    expect(result.errorMessage).toBe('deep');
    expect(JSON.stringify(result.causeJson)).toContain(deeperThan(100));
  });
});

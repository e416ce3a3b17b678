import { describe, expect, it } from 'vitest';
import { takeRepeatedOption } from '@/lib/cli/shared/take-repeated-option';

describe('takeRepeatedOption', () => {
  it('takes every --name VALUE and --name=VALUE, keeping the other arguments in order', () => {
    expect(takeRepeatedOption(['--redact', '$..a', '--json', '--redact=$..b', 'x', '--redactor', 'y'], 'redact')).toEqual({
      values: ['$..a', '$..b'],
      rest: ['--json', 'x', '--redactor', 'y'],
    });
  });

  it('leaves everything after -- alone and refuses a missing value', () => {
    expect(takeRepeatedOption(['--', '--redact', 'a'], 'redact')).toEqual({ values: [], rest: ['--', '--redact', 'a'] });
    expect(() => takeRepeatedOption(['--redact'], 'redact')).toThrow('option --redact needs a value');
    expect(() => takeRepeatedOption(['--redact', '--json'], 'redact')).toThrow('option --redact needs a value');
  });
});

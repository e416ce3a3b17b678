import { describe, expect, it } from 'vitest';
import { isValidName } from '@/lib/emulator/server/is-valid-name';

describe('isValidName', () => {
  it.each(['a', 'order-123', 'Order_123.v2', 'émile', '名前', 'x'.repeat(80), "it's", '(parens)!', '+=@'])('accepts %j', (name) => {
    expect(isValidName(name)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['81 characters', 'x'.repeat(81)],
    ['a space', 'a b'],
    ['a tab', 'a\tb'],
    ['a newline', 'a\nb'],
    ['a no-break space', 'a\u00a0b'],
    ['a NUL', 'a\u0000b'],
    ['DEL', 'a\u007fb'],
    ['a C1 control', 'a\u0085b'],
    ...['<', '>', '{', '}', '[', ']', '?', '*', '"', '#', '%', '\\', '^', '|', '~', '`', '$', '&', ',', ';', ':', '/'].map((c) => [
      `"${c}"`,
      `a${c}b`,
    ]),
  ])('refuses a name with %s', (_what, name) => {
    expect(isValidName(name)).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSnippet } from '@/components/search/split-snippet';

describe('splitSnippet', () => {
  it('splits at the « » marks', () => {
    expect(splitSnippet('{"id": "«ORD»-«20483»", "x": 1}')).toEqual([
      { text: '{"id": "', marked: false },
      { text: 'ORD', marked: true },
      { text: '-', marked: false },
      { text: '20483', marked: true },
      { text: '", "x": 1}', marked: false },
    ]);
  });

  it('marks an unclosed « to the end and keeps a stray » as text', () => {
    expect(splitSnippet('a «b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(splitSnippet('a » b')).toEqual([{ text: 'a » b', marked: false }]);
    expect(splitSnippet('')).toEqual([]);
  });

  it('keeps every character but the marks, in order', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const joined = splitSnippet(text)
          .map((part) => part.text)
          .join('');
        expect(joined.replace(/[«»]/g, '')).toBe(text.replace(/[«»]/g, ''));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { ItemFileError, parseCsvItems, parseJsonItems, parseJsonLinesItems } from '@/lib/emulator/engine/states/item-file-formats';

describe('item file formats', () => {
  it('reads a JSON array and refuses anything else', () => {
    expect(parseJsonItems('[1,{"a":2}]')).toEqual([1, { a: 2 }]);
    expect(() => parseJsonItems('{"a":1}')).toThrow(ItemFileError);
    expect(() => parseJsonItems('[1,')).toThrow('not valid JSON');
  });

  it('reads JSON Lines, skipping blank lines and naming a bad line', () => {
    expect(parseJsonLinesItems('{"a":1}\n\n{"a":2}\r\n')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(() => parseJsonLinesItems('{"a":1}\nnope')).toThrow('line 2');
  });

  it('reads CSV with a header row or given headers, quoted fields and other delimiters, values as strings', () => {
    expect(parseCsvItems('id,name\n1,"a, ""b"""\n2,\n', {})).toEqual([
      { id: '1', name: 'a, "b"' },
      { id: '2', name: '' },
    ]);
    expect(parseCsvItems('1|x', { headers: ['n', 's'], delimiter: 'PIPE' })).toEqual([{ n: '1', s: 'x' }]);
    expect(() => parseCsvItems('a\n1,2', {})).toThrow('2 fields but there are only 1 headers');
  });
});

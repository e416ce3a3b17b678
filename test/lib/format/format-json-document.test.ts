import { describe, expect, it } from 'vitest';
import { formatJsonDocument } from '@/lib/format/format-json-document';

/** A value nested `depth` arrays deep around 1. */
const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('formatJsonDocument (`--json` output)', () => {
  it('indents by two spaces and ends with a newline', () => {
    expect(formatJsonDocument({ status: 'FAILED', visits: [{ name: 'A' }] })).toBe(
      '{\n  "status": "FAILED",\n  "visits": [\n    {\n      "name": "A"\n    }\n  ]\n}\n',
    );
  });

  it('still indents a document 64 levels deep', () => {
    expect(formatJsonDocument(nested(63))).toContain('\n  ');
  });

  it('prints a document deeper than 64 levels compact, so indentation cannot multiply its size', () => {
    const deep = nested(200);
    expect(formatJsonDocument(deep)).toBe(`${JSON.stringify(deep)}\n`);
  });

  it('prints scalars and null as JSON', () => {
    expect(formatJsonDocument(null)).toBe('null\n');
    expect(formatJsonDocument('a "quoted" text')).toBe('"a \\"quoted\\" text"\n');
  });
});

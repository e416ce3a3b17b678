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

  it.each([
    [1, 'indented'],
    [64, 'indented'],
    [65, 'compact'],
  ])('prints a document %i levels deep %s', (depth, layout) => {
    const value = nested(depth);
    expect(formatJsonDocument(value)).toBe(`${JSON.stringify(value, null, layout === 'indented' ? 2 : undefined)}\n`);
  });

  it('counts object levels as well as array levels', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 65; i++) deep = { child: deep };
    expect(formatJsonDocument(deep)).toBe(`${JSON.stringify(deep)}\n`);
    expect(formatJsonDocument({ child: { child: 'leaf' } })).toBe('{\n  "child": {\n    "child": "leaf"\n  }\n}\n');
  });

  it('prints empty containers on one line', () => {
    expect([formatJsonDocument({}), formatJsonDocument([])]).toEqual(['{}\n', '[]\n']);
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

import { describe, expect, it } from 'vitest';
import { formatInputForEditing } from '@/components/execution-actions/format-input-for-editing';

describe('formatInputForEditing', () => {
  it('pretty-prints JSON input for the editor', () => {
    expect(formatInputForEditing('{"orderId":"ORD-1","items":[1]}')).toBe('{\n  "orderId": "ORD-1",\n  "items": [\n    1\n  ]\n}');
  });

  it('starts from {} without input, and keeps text that is not JSON as it is', () => {
    expect(formatInputForEditing(undefined)).toBe('{}');
    expect(formatInputForEditing('')).toBe('{}');
    expect(formatInputForEditing('{broken')).toBe('{broken');
  });
});

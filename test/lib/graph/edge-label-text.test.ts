import { describe, expect, it } from 'vitest';
import { edgeLabelText, longestEdgeLabelText, MAX_EDGE_LABEL_CHARS } from '@/lib/graph/edge-label-text';
import type { GraphEdge } from '@/lib/graph/types';

const catchEdge = (label: string): GraphEdge => ({ id: `catch:A->B`, source: 'A', target: 'B', kind: 'catch', label });

describe('edgeLabelText', () => {
  it('names a Catch by its errors, and once taken by the error it caught', () => {
    expect(edgeLabelText(catchEdge('States.ALL'), undefined)).toBe('Catch: States.ALL');
    expect(edgeLabelText(catchEdge('States.ALL'), { taken: true, count: 1, caughtError: 'Boom' })).toBe('caught Boom');
    expect(edgeLabelText({ id: 'd', source: 'A', target: 'B', kind: 'default', label: 'Default' }, undefined)).toBe('Default');
    expect(edgeLabelText({ id: 'n', source: 'A', target: 'B', kind: 'next' }, undefined)).toBeUndefined();
  });

  it('cuts a very long label with an ellipsis', () => {
    const text = edgeLabelText(catchEdge('E'.repeat(80)), undefined) ?? '';
    expect(text).toHaveLength(MAX_EDGE_LABEL_CHARS);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('longestEdgeLabelText', () => {
  it('reserves room for any error name behind a wildcard Catch, and for the named errors otherwise', () => {
    expect((longestEdgeLabelText(catchEdge('States.ALL')) ?? '').length).toBe('caught '.length + 24);
    expect(longestEdgeLabelText(catchEdge('PaymentDeclined'))).toBe('Catch: PaymentDeclined');
    for (const caught of ['Boom', 'States.TaskFailed', 'Lambda.ServiceException'])
      expect(edgeLabelText(catchEdge('States.ALL'), { taken: true, count: 1, caughtError: caught })!.length).toBeLessThanOrEqual(
        (longestEdgeLabelText(catchEdge('States.ALL')) ?? '').length,
      );
  });
});

import { describe, expect, it } from 'vitest';
import { buildGraphModel } from '@/lib/graph/build-graph-model';
import { GraphDefinitionError } from '@/lib/graph/graph-definition-error';

describe('GraphDefinitionError', () => {
  it('is an Error named GraphDefinitionError that carries the message as given', () => {
    const error = new GraphDefinitionError("definition: state 'A' is not an object");
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('GraphDefinitionError');
    expect(error.message).toBe("definition: state 'A' is not an object");
    expect(String(error)).toBe("GraphDefinitionError: definition: state 'A' is not an object");
  });

  it('tells a definition that cannot be drawn apart from other errors (the page then draws from the history)', () => {
    let thrown: unknown;
    try {
      buildGraphModel('{"StartAt":"A"}');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphDefinitionError);
    expect(new TypeError('x')).not.toBeInstanceOf(GraphDefinitionError);
  });
});

import { describe, expect, it } from 'vitest';
import { branchStartsOf, findStateDefinition } from '@/lib/services/state-processing/find-state-definition';
import { PROCESSING_DEFINITION } from '../../../support/state-processing/processing-history';

describe('findStateDefinition', () => {
  it('finds a top-level state, JSONPath by default', () => {
    expect(findStateDefinition(PROCESSING_DEFINITION, 'Verify')).toMatchObject({
      topLevel: true,
      queryLanguage: 'JSONPath',
      state: { Type: 'Task' },
    });
  });

  it('finds a state inside a Parallel branch or a Map, with the query language it inherits', () => {
    expect(findStateDefinition(PROCESSING_DEFINITION, 'B')).toMatchObject({ topLevel: false, state: { Result: 'b' } });
    const jsonata = JSON.stringify({
      QueryLanguage: 'JSONata',
      StartAt: 'M',
      States: { M: { Type: 'Map', ItemProcessor: { StartAt: 'Inner', States: { Inner: { Type: 'Pass', End: true } } }, End: true } },
    });
    expect(findStateDefinition(jsonata, 'Inner')).toMatchObject({ topLevel: false, queryLanguage: 'JSONata' });
    expect(findStateDefinition(jsonata, 'M')).toMatchObject({ topLevel: true, queryLanguage: 'JSONata' });
  });

  it('answers undefined for a missing state or a text that is not a definition', () => {
    expect(findStateDefinition(PROCESSING_DEFINITION, 'Nope')).toBeUndefined();
    expect(findStateDefinition('not json', 'Verify')).toBeUndefined();
  });

  it('lists a Parallel’s branches by their StartAt, in definition order', () => {
    const fan = findStateDefinition(PROCESSING_DEFINITION, 'Fan');
    expect(fan && branchStartsOf(fan.state)).toEqual(['A', 'B']);
  });
});

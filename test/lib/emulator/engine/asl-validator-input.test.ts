import { describe, expect, it } from 'vitest';
import { escapePointer, prepareForAslValidator } from '@/lib/emulator/engine/asl-validator-input';

type Json = Record<string, unknown>;

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const pass = { Type: 'Pass', End: true };

describe('prepareForAslValidator: state machines it refuses', () => {
  it.each<[string, Json, string]>([
    ['States that is an array', { StartAt: 'A', States: [] }, '/States'],
    ['States that is a string', { StartAt: 'A', States: 'A' }, '/States'],
    ['States that is null', { StartAt: 'A', States: null }, '/States'],
    ['a state written as a string', { StartAt: 'A', States: { A: 'Pass' } }, '/States/A'],
    ['a state that is null', { StartAt: 'A', States: { A: pass, B: null } }, '/States/B'],
    ['a state that is a number', { StartAt: 'A', States: { A: 1 } }, '/States/A'],
    [
      'a Parallel branch whose States is not an object',
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            End: true,
            Branches: [
              { StartAt: 'A', States: { A: pass } },
              { StartAt: 'A', States: 7 },
            ],
          },
        },
      },
      '/States/P/Branches/1/States',
    ],
    [
      'a state inside a Map ItemProcessor written as a string',
      { StartAt: 'M', States: { M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'X', States: { X: 'Pass' } } } } },
      '/States/M/ItemProcessor/States/X',
    ],
    [
      'a state inside a legacy Map Iterator written as a string',
      { StartAt: 'M', States: { M: { Type: 'Map', End: true, Iterator: { StartAt: 'X', States: { X: true } } } } },
      '/States/M/Iterator/States/X',
    ],
    [
      'a bad state several levels down',
      {
        StartAt: 'P',
        States: {
          P: {
            Type: 'Parallel',
            End: true,
            Branches: [{ StartAt: 'M', States: { M: { Type: 'Map', End: true, ItemProcessor: { StartAt: 'X', States: { X: null } } } } }],
          },
        },
      },
      '/States/P/Branches/0/States/M/ItemProcessor/States/X',
    ],
    ['a state name with / and ~ (escaped in the pointer)', { StartAt: 'a/b~c', States: { 'a/b~c': 'Pass' } }, '/States/a~1b~0c'],
  ])('refuses %s', (_why, definition, pointer) => {
    expect(prepareForAslValidator(definition)).toBe(`SCHEMA_VALIDATION_FAILED: must be object at ${pointer}`);
  });
});

describe('prepareForAslValidator: definitions it passes on', () => {
  it('leaves a definition without stray States keys untouched', () => {
    const definition: Json = {
      StartAt: 'P',
      States: {
        P: { Type: 'Parallel', Next: 'M', Branches: [{ StartAt: 'A', States: { A: pass } }] },
        M: {
          Type: 'Map',
          End: true,
          ItemProcessor: { StartAt: 'B', States: { B: pass } },
          Iterator: { StartAt: 'C', States: { C: pass } },
        },
      },
    };
    const before = clone(definition);
    expect(prepareForAslValidator(definition)).toBeUndefined();
    expect(definition).toEqual(before);
  });

  it('passes a definition with no States at all (the schema check reports it)', () => {
    expect(prepareForAslValidator({ StartAt: 'A' })).toBeUndefined();
  });

  it('leaves a state written as an array to the schema check', () => {
    expect(prepareForAslValidator({ StartAt: 'A', States: { A: [] } })).toBeUndefined();
  });
});

describe('prepareForAslValidator: stray "States" keys are renamed', () => {
  it('renames a States key in a Pass state’s Result to "(States)", keeping its value and place', () => {
    const definition: Json = {
      StartAt: 'A',
      States: { A: { Type: 'Pass', Result: { first: 1, States: { x: 'y' }, last: 2 }, End: true } },
    };
    expect(prepareForAslValidator(definition)).toBeUndefined();
    const result = (definition.States as Record<string, Json>).A?.Result;
    expect(JSON.stringify(result)).toBe('{"first":1,"(States)":{"x":"y"},"last":2}');
  });

  it('picks a name not already taken', () => {
    const result: Json = { '(States)': 1, '((States))': 2, States: 3 };
    prepareForAslValidator({ StartAt: 'A', States: { A: { Type: 'Pass', Result: result, End: true } } });
    expect(result).toEqual({ '(States)': 1, '((States))': 2, '(((States)))': 3 });
  });

  it('renames States keys inside arrays and deep inside free JSON', () => {
    const parameters: Json = { list: [{ States: 1 }, [{ deeper: { States: 2 } }]] };
    prepareForAslValidator({ StartAt: 'A', States: { A: { Type: 'Pass', Parameters: parameters, End: true } } });
    expect(parameters).toEqual({ list: [{ '(States)': 1 }, [{ deeper: { '(States)': 2 } }]] });
  });

  it('renames a top-level States that is not a state machine’s (Branches of a non-Parallel state)', () => {
    const branch: Json = { StartAt: 'A', States: { A: pass } };
    prepareForAslValidator({ StartAt: 'A', States: { A: { Type: 'Pass', Branches: [branch], End: true } } });
    expect(Object.keys(branch)).toEqual(['StartAt', '(States)']);
  });

  it('keeps the States of Parallel branches and Map processors', () => {
    const branch: Json = { StartAt: 'A', States: { A: { Type: 'Pass', Result: { States: 1 }, End: true } } };
    const processor: Json = { StartAt: 'B', States: { B: pass } };
    prepareForAslValidator({
      StartAt: 'P',
      States: { P: { Type: 'Parallel', Next: 'M', Branches: [branch] }, M: { Type: 'Map', ItemProcessor: processor, End: true } },
    });
    expect(Object.keys(branch)).toEqual(['StartAt', 'States']);
    expect(Object.keys(processor)).toEqual(['StartAt', 'States']);
    expect((branch.States as Record<string, Json>).A?.Result).toEqual({ '(States)': 1 });
  });
});

describe('escapePointer', () => {
  it.each([
    ['plain', 'plain'],
    ['a/b', 'a~1b'],
    ['a~b', 'a~0b'],
    ['~1', '~01'],
    ['/~/', '~1~0~1'],
    ['', ''],
  ])('%j -> %j', (name, expected) => {
    expect(escapePointer(name)).toBe(expected);
  });
});

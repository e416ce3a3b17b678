import { describe, expect, it } from 'vitest';
import type { JsonObject, JsonValue } from '@/lib/emulator/asl/json-value';
import { StateFailure } from '@/lib/emulator/engine/execution-errors';
import { failedItemOutput, selectItem, type MapPlan } from '@/lib/emulator/engine/states/map-items';
import { makeFrame, rejectionOf } from '../../../../support/emulator-engine/state-frame';

const ITEMS: JsonValue[] = [{ id: 'a' }, { id: 'b' }];

function plan(items: JsonValue[] = ITEMS, selectorInput: JsonValue = { shared: 'S', items }): MapPlan {
  return { items, selectorInput, stateInput: selectorInput, processor: { StartAt: 'P', States: {} }, maxConcurrency: 0 };
}

function mapFrame(fields: JsonObject, queryLanguage: 'JSONPath' | 'JSONata' = 'JSONPath') {
  return makeFrame({ name: 'Each', state: { Type: 'Map', End: true, ...fields }, queryLanguage, variables: { v: 'var' } }).frame;
}

describe('failedItemOutput', () => {
  it('gives the {Error, Cause} a tolerated failed item leaves, null for absent parts', () => {
    expect(failedItemOutput(new StateFailure('Boom', 'why'))).toEqual({ Error: 'Boom', Cause: 'why' });
    expect(failedItemOutput(new StateFailure('Boom', undefined))).toEqual({ Error: 'Boom', Cause: null });
    expect(failedItemOutput(new StateFailure(undefined, undefined))).toEqual({ Error: null, Cause: null });
    expect(Object.keys(failedItemOutput(new StateFailure('E', 'C')) as object)).toEqual(['Error', 'Cause']);
  });
});

describe('selectItem', () => {
  it('hands over the item itself without a selector', async () => {
    await expect(selectItem(mapFrame({}), plan(), 1)).resolves.toEqual({ id: 'b' });
  });

  it('shapes the item with ItemSelector: $ is the selector input, $$.Map.Item the item, variables visible', async () => {
    const frame = mapFrame({
      ItemSelector: {
        'index.$': '$$.Map.Item.Index',
        'value.$': '$$.Map.Item.Value.id',
        'shared.$': '$.shared',
        'state.$': '$$.State.Name',
        'v.$': '$v',
        fixed: 1,
      },
    });
    await expect(selectItem(frame, plan(), 1)).resolves.toEqual({ index: 1, value: 'b', shared: 'S', state: 'Each', v: 'var', fixed: 1 });
  });

  it('accepts the legacy Parameters, and prefers ItemSelector when both are there', async () => {
    await expect(selectItem(mapFrame({ Parameters: { 'i.$': '$$.Map.Item.Index' } }), plan(), 0)).resolves.toEqual({ i: 0 });
    await expect(
      selectItem(mapFrame({ Parameters: { from: 'Parameters' }, ItemSelector: { from: 'ItemSelector' } }), plan(), 0),
    ).resolves.toEqual({
      from: 'ItemSelector',
    });
  });

  it('names the selector field a missing path was under', async () => {
    const error = await rejectionOf(selectItem(mapFrame({ Parameters: { 'x.$': '$.missing' } }), plan([1], { a: 1 }), 0));
    expect(error).toMatchObject({
      error: 'States.Runtime',
      causeText: `The JSONPath '$.missing' specified for the field 'x.$' could not be found in the input '{"a":1}'`,
    });
  });

  it('evaluates a JSONata ItemSelector with $states.input and $states.context.Map.Item', async () => {
    const frame = mapFrame(
      {
        ItemSelector: {
          item: '{% $states.context.Map.Item.Value.id %}',
          at: '{% $states.context.Map.Item.Index %}',
          all: '{% $states.input.shared %}',
        },
      },
      'JSONata',
    );
    await expect(selectItem(frame, plan(), 0)).resolves.toEqual({ item: 'a', at: 0, all: 'S' });
  });

  it('reports a JSONata failure located at ItemSelector', async () => {
    const error = await rejectionOf(selectItem(mapFrame({ ItemSelector: { x: '{% $states.input.none %}' } }, 'JSONata'), plan(), 0));
    expect(error).toMatchObject({ error: 'States.QueryEvaluationError', location: 'ItemSelector/x' });
  });

  it('keeps a null item (it is in range)', async () => {
    await expect(selectItem(mapFrame({}), plan([null]), 0)).resolves.toBeNull();
  });

  it('throws for an index past the items', async () => {
    const error = await rejectionOf(selectItem(mapFrame({}), plan(), 2));
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('Map item 2 is out of range (2 items)');
  });
});

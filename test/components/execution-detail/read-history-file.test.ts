import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readHistoryFile } from '@/components/execution-detail/read-history-file';
import { GraphDefinitionError } from '@/lib/graph/graph-definition-error';
import { HistoryInputError } from '@/lib/history/history-input-error';
import { loadFixtureView } from '../../support/view-model/load-fixture-view';

// The /import page: a dropped `get-execution-history` file (and optionally the definition) read in
// the browser into the same view the server builds, a graph, and each event's visit.

const fixtureText = (name: string) => readFileSync(new URL(`../../fixtures/history/${name}.json`, import.meta.url), 'utf8');

/** The file as the page gets it from a drop or the file picker, read the way the page reads it. */
async function dropped(name: string, contents: string): Promise<{ fileName: string; text: string }> {
  const file = new File([contents], name, { type: 'application/json' });
  return { fileName: file.name, text: await file.text() };
}

const SHIPPING_DEFINITION = JSON.stringify({
  StartAt: 'PrepareShipment',
  States: {
    PrepareShipment: { Type: 'Pass', Next: 'ShipAndNotify' },
    ShipAndNotify: {
      Type: 'Parallel',
      Branches: [
        { StartAt: 'CreateShipment', States: { CreateShipment: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true } } },
        { StartAt: 'WaitForCarrier', States: { WaitForCarrier: { Type: 'Wait', Seconds: 60, End: true } } },
      ],
      Next: 'Shipped',
    },
    Shipped: { Type: 'Succeed' },
  },
});

afterEach(() => {
  vi.useRealTimers();
});

describe('readHistoryFile', () => {
  it('reconstructs the execution as the server does', async () => {
    const { fileName, text } = await dropped('order-shipping-failed.json', fixtureText('order-shipping-failed'));
    const imported = readHistoryFile(fileName, text);
    expect(imported.fileName).toBe('order-shipping-failed.json');
    expect(imported.view).toEqual(loadFixtureView('order-shipping-failed'));
    expect(imported.view.status).toBe('FAILED');
    expect(imported.view.error).toBe('CarrierUnavailable');
    expect(imported.events.map((event) => event.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(imported.events.map((event) => event.type).at(-1)).toBe('ExecutionFailed');
  });

  it('draws the graph from the visits when no definition is given, and says so', async () => {
    const { fileName, text } = await dropped('order-shipping-failed.json', fixtureText('order-shipping-failed'));
    const imported = readHistoryFile(fileName, text);
    expect(imported.graphNote).toBe('Drawn from the history: only the states that ran');
    expect(imported.graph.source).toBe('history');
    expect(imported.graph.nodes.map((node) => node.id)).toEqual([
      '__start__',
      'PrepareShipment',
      'ShipAndNotify',
      'ShipAndNotify/CreateShipment',
      'ShipAndNotify/WaitForCarrier',
    ]);
  });

  it('draws the graph from a definition file when one is given, states that never ran included', async () => {
    const history = await dropped('order-shipping-failed.json', fixtureText('order-shipping-failed'));
    const definition = await dropped('shipping.asl.json', SHIPPING_DEFINITION);
    const imported = readHistoryFile(history.fileName, history.text, definition);
    expect(imported.graphNote).toBe('Definition from shipping.asl.json');
    expect(imported.graph.source).toBe('definition');
    expect(imported.graph.nodes.map((node) => node.id)).toEqual([
      '__start__',
      'PrepareShipment',
      'ShipAndNotify',
      'ShipAndNotify/CreateShipment',
      'ShipAndNotify/WaitForCarrier',
      'Shipped',
      '__end__',
    ]);
    expect(imported.view).toEqual(readHistoryFile(history.fileName, history.text).view);
  });

  it('links each state event to the innermost visit that owns it, and execution events to none', async () => {
    const { fileName, text } = await dropped('order-shipping-failed.json', fixtureText('order-shipping-failed'));
    const { visitOf } = readHistoryFile(fileName, text);
    const prepare = { id: 2, name: 'PrepareShipment' };
    const parallel = { id: 4, name: 'ShipAndNotify' };
    const task = { id: 6, name: 'CreateShipment' };
    const wait = { id: 7, name: 'WaitForCarrier' };
    expect(new Map([...visitOf].sort(([a], [b]) => a - b))).toEqual(
      new Map([
        [2, prepare],
        [3, prepare],
        [4, parallel],
        [5, parallel],
        [6, task],
        [7, wait],
        [8, task],
        [9, task],
        [10, task],
        [11, wait],
        [12, parallel],
      ]),
    );
    expect(visitOf.has(1)).toBe(false);
    expect(visitOf.has(13)).toBe(false);
  });

  it('reads a running execution saved as a bare array of events', async () => {
    const { fileName, text } = await dropped('order-payment-running.json', fixtureText('order-payment-running'));
    const imported = readHistoryFile(fileName, text);
    expect(imported.view.status).toBe('RUNNING');
    expect(imported.view.visits.map((visit) => [visit.name, visit.status])).toEqual([['AwaitApproval', 'running']]);
    expect([...imported.visitOf.keys()].sort((a, b) => a - b)).toEqual([2, 3, 4, 5]);
  });

  it('reads a history with no events as an empty, partial execution', async () => {
    const { fileName, text } = await dropped('empty.json', '{"events": []}');
    const imported = readHistoryFile(fileName, text);
    expect(imported.view.visits).toEqual([]);
    expect(imported.view.eventCount).toBe(0);
    expect(imported.view.partial).toBe(true);
    expect(imported.events).toEqual([]);
    expect(imported.visitOf.size).toBe(0);
    expect(imported.graph.nodes.map((node) => node.id)).toEqual(['__start__']);
  });

  it('stamps the moment the file was read', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T12:00:00.000Z'));
    const { fileName, text } = await dropped('order-shipping-failed.json', fixtureText('order-shipping-failed'));
    expect(readHistoryFile(fileName, text).readAtMs).toBe(Date.UTC(2026, 11, 1, 12));
  });

  it.each([
    ['an empty file', '', /^bad\.json: not valid JSON \(/],
    ['a file that is not JSON', 'Execution history for run 1', /^bad\.json: not valid JSON \(/],
    ['an object without events', '{"executions": []}', "bad.json, field 'events': expected an 'events' array, found keys executions"],
    ['an event without a type', '{"events": [{"id": 1, "timestamp": 0}]}', "bad.json, events[0], field 'type': missing"],
  ])('rejects %s with an error naming the file, event and field', async (_, contents, message) => {
    const { fileName, text } = await dropped('bad.json', contents);
    expect(() => readHistoryFile(fileName, text)).toThrow(HistoryInputError);
    expect(() => readHistoryFile(fileName, text)).toThrow(message);
  });

  it('rejects a definition that is not JSON with a GraphDefinitionError', async () => {
    const history = await dropped('order-shipping-failed.json', fixtureText('order-shipping-failed'));
    const definition = await dropped('shipping.asl.json', 'StartAt: PrepareShipment');
    expect(() => readHistoryFile(history.fileName, history.text, definition)).toThrow(GraphDefinitionError);
    expect(() => readHistoryFile(history.fileName, history.text, definition)).toThrow(
      /^shipping\.asl\.json: the definition is not JSON \(/,
    );
  });

  it('rejects a definition that lacks states the history ran, naming both files, the states and the failing one', async () => {
    const history = await dropped('order-shipping-failed.json', fixtureText('order-shipping-failed'));
    const other = await dropped(
      'daycare.asl.json',
      JSON.stringify({
        StartAt: 'PrepareShipment',
        States: { PrepareShipment: { Type: 'Pass', Next: 'Done' }, Done: { Type: 'Succeed' } },
      }),
    );
    expect(() => readHistoryFile(history.fileName, history.text, other)).toThrow(GraphDefinitionError);
    expect(() => readHistoryFile(history.fileName, history.text, other)).toThrow(
      "daycare.asl.json does not match order-shipping-failed.json: the history ran 'ShipAndNotify', 'ShipAndNotify/CreateShipment', 'ShipAndNotify/WaitForCarrier' (the failing state 'ShipAndNotify/CreateShipment' among them), which the definition does not have. Choose the definition this execution ran, or clear it to draw the graph from the history.",
    );
  });
});

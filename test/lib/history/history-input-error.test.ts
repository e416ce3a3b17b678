import { describe, expect, it } from 'vitest';
import { HistoryInputError, type HistoryInputLocation } from '@/lib/history/history-input-error';

describe('HistoryInputError', () => {
  it.each<[HistoryInputLocation, string]>([
    [{ source: 'h.json' }, 'h.json: bad'],
    [{ source: 'h.json', eventIndex: 3 }, 'h.json, events[3]: bad'],
    [{ source: 'h.json', field: 'id' }, "h.json, field 'id': bad"],
    [
      { source: 'h.json', eventIndex: 0, field: 'stateEnteredEventDetails.name' },
      "h.json, events[0], field 'stateEnteredEventDetails.name': bad",
    ],
  ])('names the source, then the event index and the field when known (%j)', (location, message) => {
    expect(new HistoryInputError(location, 'bad').message).toBe(message);
  });

  it('keeps event index 0 (a falsy number) in the message', () => {
    expect(new HistoryInputError({ source: 'log', eventIndex: 0 }, 'x').message).toBe('log, events[0]: x');
  });

  it('exposes where it happened as fields, undefined when not known', () => {
    const withAll = new HistoryInputError({ source: 'h.json', eventIndex: 2, field: 'type' }, 'expected a string');
    expect({ source: withAll.source, eventIndex: withAll.eventIndex, field: withAll.field }).toEqual({
      source: 'h.json',
      eventIndex: 2,
      field: 'type',
    });
    const sourceOnly = new HistoryInputError({ source: 'h.json' }, 'empty');
    expect(sourceOnly.eventIndex).toBeUndefined();
    expect(sourceOnly.field).toBeUndefined();
  });

  it('is an Error named HistoryInputError, so callers can tell bad input from a bug', () => {
    const error = new HistoryInputError({ source: 's' }, 'p');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(HistoryInputError);
    expect(error.name).toBe('HistoryInputError');
    expect(String(error)).toBe('HistoryInputError: s: p');
  });
});

/** Where a history input went wrong, so the message can name the file, the event and the field. */
export interface HistoryInputLocation {
  source: string;
  eventIndex?: number;
  field?: string;
}

/** Bad history input: thrown where the input enters, with a message that names what is wrong. */
export class HistoryInputError extends Error {
  readonly source: string;
  readonly eventIndex: number | undefined;
  readonly field: string | undefined;

  constructor(location: HistoryInputLocation, problem: string) {
    const where = [
      location.source,
      location.eventIndex === undefined ? undefined : `events[${location.eventIndex}]`,
      location.field === undefined ? undefined : `field '${location.field}'`,
    ]
      .filter(Boolean)
      .join(', ');
    super(`${where}: ${problem}`);
    this.name = 'HistoryInputError';
    this.source = location.source;
    this.eventIndex = location.eventIndex;
    this.field = location.field;
  }
}

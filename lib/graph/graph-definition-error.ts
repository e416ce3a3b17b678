/** A state machine definition that cannot be drawn; the message says which state and why. */
export class GraphDefinitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphDefinitionError';
  }
}

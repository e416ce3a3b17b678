/** `fn`, calling `onCall` first: for vi.mock factories that count what the code under test asks of a module. */
export function countedCalls<Args extends unknown[], Result>(fn: (...args: Args) => Result, onCall: () => void): (...args: Args) => Result {
  return (...args) => {
    onCall();
    return fn(...args);
  };
}

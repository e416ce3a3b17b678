/** `list[index]` (negative counts from the end), failing the test with a clear message when there is no such item. */
export function at<T>(list: readonly T[], index: number): T {
  const item = list.at(index);
  if (item === undefined) throw new Error(`expected an item at index ${index}, but the list has ${list.length}`);
  return item;
}

/**
 * Sets `target[key]` as an own property. Keys come from user data (state and variable names), and
 * assigning to "__proto__" would set the object's prototype instead of a value. Objects keep their
 * prototype (React refuses null-prototype objects in props), so only that key needs the slow path.
 */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * Orders keys the way a java.util.HashMap filled by successive put() calls iterates them. Step Functions
 * builds objects with dynamic (`.$`) keys and States.JsonMerge results in such maps, and the recorded
 * histories show that order (e.g. `{"Answer":…,"Question":…}` from a template declaring Question first).
 */
export function orderLikeJavaHashMap(keys: readonly string[]): string[] {
  let capacity = 16;
  // HashMap doubles its table once size exceeds 3/4 of capacity; a resize keeps bucket-internal order.
  while (keys.length > capacity * 0.75) capacity *= 2;
  return keys
    .map((key, index) => ({ key, index, bucket: spreadHash(javaStringHash(key)) & (capacity - 1) }))
    .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
    .map((entry) => entry.key);
}

function javaStringHash(text: string): number {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  return hash;
}

function spreadHash(hash: number): number {
  return hash ^ (hash >>> 16);
}

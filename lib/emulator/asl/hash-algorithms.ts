/** The hash algorithm names AWS accepts (States.Hash, $hash), mapped to node:crypto's names. */
export const NODE_HASH_ALGORITHM_BY_AWS_NAME: Record<string, string> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

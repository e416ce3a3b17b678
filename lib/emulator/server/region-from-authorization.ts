export const DEFAULT_REGION = 'us-east-1';

/**
 * The region of a SigV4 request, from the credential scope in its Authorization header
 * (`Credential=AKID/20240101/eu-west-1/states/aws4_request`). Signatures are not checked.
 */
export function regionFromAuthorization(header: string | undefined): string {
  const match = header && /Credential=[^/,\s]+\/\d{8}\/([a-z0-9-]+)\//.exec(header);
  return (match ? match[1] : undefined) ?? DEFAULT_REGION;
}

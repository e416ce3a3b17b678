import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resetAwsClients } from '@/lib/aws/clients';

const AWS_VARIABLES = [
  'AWS_ENDPOINT_URL',
  'AWS_ENDPOINT_URL_SFN',
  'AWS_ENDPOINT_URL_CLOUDWATCH_LOGS',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_PROFILE',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_CONFIG_FILE',
  'AWS_EC2_METADATA_DISABLED',
  'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
  'AWS_CONTAINER_CREDENTIALS_FULL_URI',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_ROLE_ARN',
  'AWS_MAX_ATTEMPTS',
  'AWS_IGNORE_CONFIGURED_ENDPOINT_URLS',
] as const;

/** Empty shared config files, so a developer's ~/.aws never leaks into a test. */
function emptyConfigFiles(): { credentials: string; config: string } {
  const dir = mkdtempSync(join(tmpdir(), 'statescope-aws-'));
  const credentials = join(dir, 'credentials');
  const config = join(dir, 'config');
  writeFileSync(credentials, '');
  writeFileSync(config, '');
  return { credentials, config };
}

/**
 * Replaces every AWS_* variable the SDK reads with `vars` (plus empty shared config files and no
 * instance metadata), and rebuilds the adapter's clients. Returns a function that restores both.
 */
export function setAwsEnv(vars: Partial<Record<(typeof AWS_VARIABLES)[number], string>>): () => void {
  const saved = new Map(AWS_VARIABLES.map((name) => [name, process.env[name]]));
  const files = emptyConfigFiles();
  for (const name of AWS_VARIABLES) delete process.env[name];
  Object.assign(process.env, {
    AWS_SHARED_CREDENTIALS_FILE: files.credentials,
    AWS_CONFIG_FILE: files.config,
    AWS_EC2_METADATA_DISABLED: 'true',
    ...vars,
  });
  resetAwsClients();
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    resetAwsClients();
  };
}

/** Dummy credentials: a SigV4 signature is still computed for emulators. */
export const DUMMY_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' } as const;

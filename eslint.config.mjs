import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

// Import boundaries: imports flow one way. Pure lib/ folders (no React, no AWS SDK, no emulator) are
// shared by the pages, the CLI, the emulator and the tests; lib/domain holds the types every layer
// shares; lib/aws is the only code that calls AWS and hands back those domain types; components get domain objects as props; app/ is where adapters and
// components meet. The app, components and lib/aws never import the emulator: they reach it over HTTP
// through the SDK, as they reach AWS.
// Patterns use gitignore syntax, so `**/lib/aws/**` catches both `@/lib/aws/x` and relative paths such
// as `../../lib/aws/x`.
const REACT_AND_NEXT = ['react', 'react/**', 'react-dom', 'react-dom/**', 'next', 'next/**', 'server-only'];
const AWS_SDK = ['@aws-sdk/*', '@smithy/*'];
const LIB_AWS = ['**/lib/aws', '**/lib/aws/**'];
const LIB_SERVICES = ['**/lib/services', '**/lib/services/**'];
const LIB_EMULATOR = ['**/lib/emulator', '**/lib/emulator/**'];

/** @param {object[]} patterns rules for @typescript-eslint/no-restricted-imports */
function restrict(patterns) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

const pureLib = {
  files: [
    'lib/domain/**',
    'lib/history/**',
    'lib/cost/**',
    'lib/graph/**',
    'lib/view-model/**',
    'lib/format/**',
    'lib/execution-list/**',
    'lib/search/**',
    'lib/lambda-logs/**',
    'lib/paging/**',
    'lib/rate-limit/**',
    'lib/compare/**',
    'lib/execution-actions/**',
    'lib/map-runs/**',
  ],
  rules: restrict([
    { group: REACT_AND_NEXT, message: 'Pure lib/ code has no React or Next.js: CLI, emulator and tests share it.' },
    { group: AWS_SDK, message: 'Pure lib/ code has no AWS SDK; lib/aws/ converts SDK shapes into domain types.' },
    {
      group: [...LIB_AWS, '../aws', '../aws/**'],
      message: 'Pure lib/ code never imports the adapter; the domain types it shares live in lib/domain.',
    },
    { group: [...LIB_SERVICES, '../services', '../services/**'], message: 'Pure lib/ code never calls the service layer.' },
    { group: [...LIB_EMULATOR, '../emulator', '../emulator/**'], message: 'Pure lib/ code never depends on the emulator.' },
  ]),
};

// lib/services orchestrates (cost review, its progress, the history cache) on top of lib/aws and the pure
// folders; lib/aws never imports it back.
const services = {
  files: ['lib/services/**'],
  rules: restrict([
    {
      group: [...LIB_EMULATOR, '../emulator', '../emulator/**'],
      message: 'lib/services reaches the emulator through lib/aws, never by import.',
    },
    { group: ['react', 'react/**', 'next', 'next/**'], message: 'lib/services is plain TypeScript; app/ wraps it in React.' },
    { group: AWS_SDK, message: 'Only lib/aws talks to the AWS SDK.' },
  ]),
};

// The execution index's stores: Node and SQLite, never React, the SDK or the layers above them.
const executionIndex = {
  files: ['lib/execution-index/**'],
  rules: restrict([
    { group: REACT_AND_NEXT, message: 'The execution index is plain TypeScript; app/ reaches it through lib/services.' },
    { group: AWS_SDK, message: 'The execution index stores what the sync gives it; only lib/aws talks to the AWS SDK.' },
    { group: [...LIB_AWS, '../aws', '../aws/**', '../../aws', '../../aws/**'], message: 'The execution index never calls the adapter.' },
    {
      group: [...LIB_SERVICES, '../services', '../services/**', '../../services', '../../services/**'],
      message: 'lib/services sits on top of the index, never under it.',
    },
    {
      group: [...LIB_EMULATOR, '../emulator', '../emulator/**', '../../emulator', '../../emulator/**'],
      message: 'The execution index never depends on the emulator.',
    },
  ]),
};

const awsAdapter = {
  files: ['lib/aws/**'],
  rules: restrict([
    {
      group: [...LIB_EMULATOR, '../emulator', '../emulator/**'],
      message: 'lib/aws reaches the emulator over HTTP through the SDK, like AWS, never by import.',
    },
    { group: ['react', 'react/**', 'next', 'next/**'], message: 'lib/aws is plain TypeScript; app/ wraps it in React cache().' },
    { group: [...LIB_SERVICES, '../services', '../services/**'], message: 'lib/services sits on top of lib/aws, never under it.' },
  ]),
};

const components = {
  files: ['components/**'],
  rules: restrict([
    {
      group: LIB_AWS,
      allowTypeImports: true,
      message: 'Components take domain objects as props; only app/ calls lib/aws.',
    },
    { group: LIB_SERVICES, allowTypeImports: true, message: 'Components take domain objects as props; only app/ calls lib/services.' },
    { group: LIB_EMULATOR, message: 'Components never import the emulator.' },
    { group: AWS_SDK, message: 'Components never touch the AWS SDK.' },
  ]),
};

const app = {
  files: ['app/**'],
  rules: restrict([
    {
      // The barrel starts with `import 'server-only'`; its modules do not (the CLI imports them).
      group: ['**/lib/aws/*', '**/lib/services/*'],
      allowTypeImports: true,
      message: "Import '@/lib/aws' or '@/lib/services', whose `server-only` guards keep them out of client bundles.",
    },
    { group: LIB_EMULATOR, message: 'The app reaches the emulator over HTTP through lib/aws, never by import.' },
    { group: AWS_SDK, message: 'Only lib/aws talks to the AWS SDK.' },
  ]),
};

// `x!` silences the `| undefined` that noUncheckedIndexedAccess (and optional SDK fields) add: handle the
// missing case instead (a check that throws saying what was malformed, a typed tuple, a narrowing loop).
const noNonNullAssertion = {
  files: ['app/**', 'components/**', 'lib/**'],
  rules: { '@typescript-eslint/no-non-null-assertion': 'error' },
};

const config = [
  {
    ignores: [
      '.next/**',
      '.next-*/**',
      'node_modules/**',
      'coverage/**',
      'dist/**',
      'test-artifacts/**',
      'bench/results/**',
      'bench/output/**',
      '.statescope/**',
      'data/**',
      'next-env.d.ts',
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  pureLib,
  executionIndex,
  awsAdapter,
  services,
  components,
  app,
  noNonNullAssertion,
];

export default config;

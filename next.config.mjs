/** @type {import('next').NextConfig} */
const nextConfig = {
  // The emulator and SQLite are Node-only; keep them out of any bundle.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  // `npm test` type-checks the whole tree (tsc --noEmit); doing it again in every build only slows
  // down `npm run demo` and the end-to-end set-up.
  typescript: { ignoreBuildErrors: true },
  // Lets two test runs in one checkout build side by side without clobbering each other's output.
  distDir: process.env.STATESCOPE_NEXT_DIST_DIR || '.next',
};

export default nextConfig;

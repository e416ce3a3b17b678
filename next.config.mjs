/**
 * Sent with every response, pages, 404s, static assets and the CSV export alike: no MIME sniffing,
 * no address (which holds ARNs) in the Referer of outgoing links, and no framing by other sites
 * (clickjacking), in the CSP form and the older header for browsers that lack it.
 */
export const SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The emulator and SQLite are Node-only; keep them out of any bundle.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
  // `npm test` type-checks the whole tree (tsc --noEmit); doing it again in every build only slows
  // down `npm run demo` and the end-to-end set-up.
  typescript: { ignoreBuildErrors: true },
  // Lets two test runs in one checkout build side by side without clobbering each other's output.
  distDir: process.env.STATESCOPE_NEXT_DIST_DIR || '.next',
};

export default nextConfig;

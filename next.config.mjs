/** @type {import('next').NextConfig} */
const nextConfig = {
  // The emulator and SQLite are Node-only; keep them out of any bundle.
  serverExternalPackages: ['better-sqlite3'],
  poweredByHeader: false,
};

export default nextConfig;

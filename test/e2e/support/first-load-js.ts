import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';

/** The goal of issue 16: no page loads more than this much gzipped JavaScript before it is interactive. */
export const FIRST_LOAD_BUDGET_BYTES = 250_000;

/** Libraries worth naming in a listing, each recognised by a string its minified code keeps. */
const LIBRARY_MARKERS = {
  elk: 'org.eclipse.elk',
  'react-flow': 'react-flow__pane',
  recharts: 'recharts-wrapper',
} as const;
export type HeavyLibrary = keyof typeof LIBRARY_MARKERS;

export interface FirstLoadChunk {
  file: string;
  gzipBytes: number;
  libraries: HeavyLibrary[];
}

export interface PageFirstLoad {
  /** The page's route, as in `next build`'s listing: `/`, `/executions/[arn]`. */
  route: string;
  gzipBytes: number;
  chunks: FirstLoadChunk[];
  libraries: HeavyLibrary[];
}

interface BuildManifest {
  rootMainFiles: string[];
}

interface ClientReferenceManifest {
  /** Per segment file of the route (layout, page, error, not-found…), the chunks its client components need. */
  entryJSFiles: Record<string, string[]>;
}

function readClientReferenceManifest(file: string): ClientReferenceManifest {
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST[route]; run it in an empty context.
  const context: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  runInNewContext(readFileSync(file, 'utf8'), context);
  const [manifest] = Object.values(context.__RSC_MANIFEST ?? {});
  if (!manifest) throw new Error(`${file} assigns no client reference manifest`);
  return manifest;
}

/**
 * The JavaScript each App Router page of a `next build` (Turbopack, Next 16) loads before it is
 * interactive: the root main files every page runs (build-manifest.json) and the chunks of the
 * client components of the page's segments, its layouts, error and not-found boundaries
 * (`entryJSFiles` of server/app/<route>/page_client-reference-manifest.js). Chunks loaded later
 * (`next/dynamic`, `import()`) are not in either list. The polyfills are left out: browsers that
 * run modules never fetch them (nomodule). Sizes are gzip level 9 of each file, as served.
 */
export function readFirstLoadJs(distDir: string): PageFirstLoad[] {
  const buildManifest = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8')) as BuildManifest;
  const chunkCache = new Map<string, FirstLoadChunk>();
  const chunk = (file: string): FirstLoadChunk => {
    let known = chunkCache.get(file);
    if (!known) {
      const code = readFileSync(join(distDir, file));
      const libraries = (Object.keys(LIBRARY_MARKERS) as HeavyLibrary[]).filter((library) => code.includes(LIBRARY_MARKERS[library]));
      known = { file, gzipBytes: gzipSync(code, { level: 9 }).length, libraries };
      chunkCache.set(file, known);
    }
    return known;
  };
  const appDir = join(distDir, 'server', 'app');
  return readdirSync(appDir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => entry.endsWith('page_client-reference-manifest.js'))
    .map((entry) => {
      const file = join(appDir, entry);
      const segments = relative(appDir, file).split(sep).slice(0, -1);
      const route = `/${segments.join('/')}`;
      const files = new Set(buildManifest.rootMainFiles);
      for (const list of Object.values(readClientReferenceManifest(file).entryJSFiles)) for (const entry of list) files.add(entry);
      const chunks = [...files].map(chunk);
      return {
        route,
        gzipBytes: chunks.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0),
        chunks,
        libraries: [...new Set(chunks.flatMap(({ libraries }) => libraries))].sort(),
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Whether a chunk of JavaScript holds ELK (for checking what a browser actually fetched). */
export function holdsElk(code: string): boolean {
  return code.includes(LIBRARY_MARKERS.elk);
}

// Worker-thread entry for the fuzz suite: plain Node runs it, so tsx compiles the TypeScript (with
// the repo's `@/` alias) as bin/statescope.js does, then the entry points load in this thread.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../../../../tsconfig.json', import.meta.url)) });
await import('./fuzz-targets.ts');

import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The recordings made against real AWS live beside the repository, never in it (they are third-party
 * data). This is the one place a test learns where: corpus tests import these paths and skip, saying
 * so, when the folder is absent, so the suite also passes on a fresh clone. Resolved from this file,
 * not the working directory, so the tests find it from any directory.
 */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
export const AWS_HISTORIES_DIR = path.join(SHARED_DIR, 'aws-histories');
export const AWS_HISTORY_CASES_DIR = path.join(AWS_HISTORIES_DIR, 'cases');
export const AWS_LOG_CASES_DIR = path.join(SHARED_DIR, 'aws-logs', 'cases');
export const AWS_TESTSTATE_CASES_DIR = path.join(SHARED_DIR, 'aws-teststate', 'cases');
export const TIMELINE_INVARIANTS_CHECKER = path.join(SHARED_DIR, 'checks', 'timeline-invariants.mjs');

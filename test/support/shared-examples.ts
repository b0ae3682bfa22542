/** The shared example workbooks live beside the project; tests that use them skip when absent. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const SHARED_EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'examples');
export const TIDY_EXAMPLE = join(SHARED_EXAMPLES, 'oakfield-tracking.xlsx');
export const MESSY_EXAMPLE = join(SHARED_EXAMPLES, 'oakfield-register-messy.xlsx');
export const haveSharedExamples = existsSync(TIDY_EXAMPLE) && existsSync(MESSY_EXAMPLE);

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the real captures live: ../shared/fixtures beside the project (or KINDRED_SHARED). */
export const SHARED_FIXTURES = resolve(process.env.KINDRED_SHARED ?? resolve(__dirname, '../../../shared'), 'fixtures');

if (!existsSync(SHARED_FIXTURES)) {
  throw new Error(
    `npm run test:shared needs the real captures at ${SHARED_FIXTURES} (the shared/ folder beside the project). It is missing, so these tests cannot run.`,
  );
}

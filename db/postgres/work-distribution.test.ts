import { describe } from 'vitest';
import { itHandsOutWorkFromTwoEngines } from '../../test/engine/two-engine-distribution.ts';
import { freshDatabaseUrl } from '../../test/support/test-store.ts';

// Two engine processes on one PostgreSQL database: the turn rows are locked by the commits.
describe('work distribution across engines on PostgreSQL', () => {
  itHandsOutWorkFromTwoEngines(freshDatabaseUrl);
});

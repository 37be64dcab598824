import { describe } from 'vitest';
import { freshDatabaseUrl } from '../support/test-store.ts';
import { itHandsOutWorkFromTwoEngines } from './two-engine-distribution.ts';

describe('work distribution across engines', () => {
  itHandsOutWorkFromTwoEngines(freshDatabaseUrl);
});

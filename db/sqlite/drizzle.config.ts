import { defineConfig } from 'drizzle-kit';

/** drizzle-kit settings for the SQLite store: `npm run db:generate` writes the next migration. */
export default defineConfig({
  dialect: 'sqlite',
  schema: [
    './db/sqlite/schema.ts',
    './db/sqlite/identity-schema.ts',
    './db/sqlite/subscription-schema.ts',
    './db/sqlite/sla-schema.ts',
    './db/sqlite/draft-schema.ts',
    './db/sqlite/distribution-schema.ts',
    './db/sqlite/worker-sighting-schema.ts',
    './db/sqlite/task-comment-schema.ts',
    './db/sqlite/lease-schema.ts',
  ],
  out: './db/sqlite/migrations',
});

import { defineConfig } from 'drizzle-kit';

/** drizzle-kit settings for the PostgreSQL store: `npm run db:generate` writes the next migration. */
export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './db/postgres/schema.ts',
    './db/postgres/identity-schema.ts',
    './db/postgres/subscription-schema.ts',
    './db/postgres/sla-schema.ts',
    './db/postgres/draft-schema.ts',
    './db/postgres/distribution-schema.ts',
    './db/postgres/worker-sighting-schema.ts',
    './db/postgres/task-comment-schema.ts',
    './db/postgres/lease-schema.ts',
  ],
  out: './db/postgres/migrations',
});

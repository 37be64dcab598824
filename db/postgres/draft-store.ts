import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { DraftStore } from '../../engine/ports/drafts.ts';
import { drafts } from './draft-schema.ts';

/**
 * The draft store on the PostgreSQL store's pool (`openPostgresStore(...).pool`), whose
 * migrations create the table; `db/sqlite/draft-store.ts` is its SQLite twin.
 */
export function createPostgresDraftStore(pool: pg.Pool): DraftStore {
  const db = drizzle({ client: pool });
  const { xml: _xml, ...summary } = getTableColumns(drafts);
  return {
    async createDraft(draft) {
      await db.insert(drafts).values(draft);
    },
    async getDraft(id) {
      const [row] = await db.select().from(drafts).where(eq(drafts.id, id));
      return row;
    },
    async listDrafts(owner) {
      return db
        .select(summary)
        .from(drafts)
        .where(eq(drafts.owner, owner))
        .orderBy(desc(drafts.updatedAt), desc(drafts.id));
    },
    async updateDraft(draft, expectedVersion) {
      const { id, ...change } = draft;
      const written = await db
        .update(drafts)
        .set(change)
        .where(and(eq(drafts.id, id), eq(drafts.version, expectedVersion)));
      return written.rowCount === 1;
    },
    async deleteDraft(id) {
      return ((await db.delete(drafts).where(eq(drafts.id, id))).rowCount ?? 0) > 0;
    },
  };
}

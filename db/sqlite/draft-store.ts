import type BetterSqlite3 from 'better-sqlite3';
import { and, desc, eq, getTableColumns } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { DraftStore } from '../../engine/ports/drafts.ts';
import { drafts } from './draft-schema.ts';

/**
 * The draft store on a SQLite connection, usually the engine store's own
 * (`openSqliteStore(...).database`), whose migrations create the table.
 */
export function createSqliteDraftStore(database: BetterSqlite3.Database): DraftStore {
  const db = drizzle({ client: database });
  const { xml: _xml, ...summary } = getTableColumns(drafts);
  return {
    async createDraft(draft) {
      db.insert(drafts).values(draft).run();
    },
    async getDraft(id) {
      return db.select().from(drafts).where(eq(drafts.id, id)).get();
    },
    async listDrafts(owner) {
      return db
        .select(summary)
        .from(drafts)
        .where(eq(drafts.owner, owner))
        .orderBy(desc(drafts.updatedAt), desc(drafts.id))
        .all();
    },
    async updateDraft(draft, expectedVersion) {
      const { id, ...change } = draft;
      const written = db
        .update(drafts)
        .set(change)
        .where(and(eq(drafts.id, id), eq(drafts.version, expectedVersion)))
        .run();
      return written.changes === 1;
    },
    async deleteDraft(id) {
      return db.delete(drafts).where(eq(drafts.id, id)).run().changes > 0;
    },
  };
}

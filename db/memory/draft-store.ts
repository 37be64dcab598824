import type { DraftRecord, DraftStore } from '../../engine/ports/drafts.ts';
import { ascending } from './order.ts';

/** The draft store in memory, for tests and embedding without a database. */
export function createMemoryDraftStore(): DraftStore {
  const drafts = new Map<string, DraftRecord>();
  return {
    async createDraft(draft) {
      if (drafts.has(draft.id)) throw new Error(`Draft ${draft.id} exists`);
      drafts.set(draft.id, { ...draft });
    },
    async getDraft(id) {
      const draft = drafts.get(id);
      return draft && { ...draft };
    },
    async listDrafts(owner) {
      return [...drafts.values()]
        .filter((d) => d.owner === owner)
        .sort((a, b) => b.updatedAt - a.updatedAt || ascending(b.id, a.id))
        .map(({ xml: _xml, ...summary }) => summary);
    },
    async updateDraft(draft, expectedVersion) {
      if (drafts.get(draft.id)?.version !== expectedVersion) return false;
      drafts.set(draft.id, { ...draft });
      return true;
    },
    async deleteDraft(id) {
      return drafts.delete(id);
    },
  };
}

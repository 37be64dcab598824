import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftRecord, DraftStore } from '../../engine/ports/drafts.ts';

/** A fresh draft store, with a way to create the users that own drafts and to close it. */
export interface DraftStoreFixture {
  drafts: DraftStore;
  addOwner(username: string): Promise<void>;
  close(): Promise<void>;
}

function aDraft(overrides: Partial<DraftRecord> = {}): DraftRecord {
  return {
    id: 'draft-1',
    owner: 'ana',
    name: 'customer-request.bpmn',
    xml: '<bpmn:definitions/>',
    version: 1,
    basedOn: null,
    createdAt: 1_000,
    updatedAt: 1_000,
    ...overrides,
  };
}

/**
 * The behaviour every `DraftStore` must show, run by each store's test file.
 *
 * @example
 * describeDraftStoreContract('memory', async () => ({ drafts: createMemoryDraftStore(), addOwner: async () => {}, close: async () => {} }));
 */
export function describeDraftStoreContract(
  name: string,
  makeFixture: () => Promise<DraftStoreFixture>,
): void {
  describe(`${name} draft store contract`, () => {
    let fixture: DraftStoreFixture;
    const store = () => fixture.drafts;
    beforeEach(async () => {
      fixture = await makeFixture();
      await fixture.addOwner('ana');
      await fixture.addOwner('luz');
    });
    afterEach(() => fixture.close());

    it('reads back a created draft whole', async () => {
      const draft = aDraft({ basedOn: 'customer-request:3', name: 'Petición «ü»' });
      await store().createDraft(draft);
      expect(await store().getDraft('draft-1')).toEqual(draft);
      expect(await store().getDraft('missing')).toBeUndefined();
    });

    it("lists one owner's drafts without their XML, most recently saved first", async () => {
      await store().createDraft(aDraft({ id: 'a', updatedAt: 5 }));
      await store().createDraft(aDraft({ id: 'b', updatedAt: 9 }));
      await store().createDraft(aDraft({ id: 'c', updatedAt: 7, owner: 'luz' }));
      const { xml: _xml, ...summary } = aDraft({ id: 'b', updatedAt: 9 });
      const listed = await store().listDrafts('ana');
      expect(listed.map((d) => d.id)).toEqual(['b', 'a']);
      expect(listed[0]).toEqual(summary);
      expect(await store().listDrafts('nobody')).toEqual([]);
    });

    it('saves over the version the writer read, and refuses a save from an older version', async () => {
      await store().createDraft(aDraft());
      const first = aDraft({ version: 2, xml: '<first/>', updatedAt: 2_000 });
      expect(await store().updateDraft(first, 1)).toBe(true);
      // A second tab still at version 1 saves: refused, the first tab's save stays.
      const second = aDraft({ version: 2, xml: '<second/>', updatedAt: 3_000 });
      expect(await store().updateDraft(second, 1)).toBe(false);
      expect(await store().getDraft('draft-1')).toEqual(first);
      expect(await store().updateDraft(aDraft({ id: 'missing', version: 2 }), 1)).toBe(false);
      expect(await store().getDraft('missing')).toBeUndefined();
    });

    it('deletes a draft once', async () => {
      await store().createDraft(aDraft());
      expect(await store().deleteDraft('draft-1')).toBe(true);
      expect(await store().deleteDraft('draft-1')).toBe(false);
      expect(await store().getDraft('draft-1')).toBeUndefined();
    });
  });
}

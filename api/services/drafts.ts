import {
  type DraftRecord,
  type DraftStore,
  type IdGenerator,
  NotFoundError,
  uuidIds,
} from '../../engine/index.ts';
import { HttpError } from '../middleware/error-handler.ts';
import { iso } from '../schemas/common.ts';

/** What a save sends: the content, and the version the editor last read. */
export interface DraftSave {
  name: string;
  xml: string;
  version: number;
}

/**
 * Each user's drafts. Another user's draft answers as if it did not exist (404), so ids tell
 * nobody what others draw. A save names the version it was made on: a save from an older
 * version (a second tab, another machine) is refused with 409 and the version that won.
 */
export class Drafts {
  constructor(
    readonly store: DraftStore,
    private readonly now: () => number = Date.now,
    private readonly ids: IdGenerator = uuidIds,
  ) {}

  list(owner: string) {
    return this.store.listDrafts(owner);
  }

  async get(owner: string, id: string): Promise<DraftRecord> {
    const draft = await this.store.getDraft(id);
    if (!draft || draft.owner !== owner)
      throw new NotFoundError('draft-not-found', `No draft ${id}`);
    return draft;
  }

  async create(
    owner: string,
    input: { name: string; xml: string; basedOn?: string | null },
  ): Promise<DraftRecord> {
    const at = this.now();
    const draft: DraftRecord = {
      id: this.ids.next(),
      owner,
      name: input.name,
      xml: input.xml,
      version: 1,
      basedOn: input.basedOn ?? null,
      createdAt: at,
      updatedAt: at,
    };
    await this.store.createDraft(draft);
    return draft;
  }

  async save(owner: string, id: string, input: DraftSave): Promise<DraftRecord> {
    const current = await this.get(owner, id);
    const next: DraftRecord = {
      ...current,
      name: input.name,
      xml: input.xml,
      version: input.version + 1,
      updatedAt: this.now(),
    };
    if (input.version === current.version && (await this.store.updateDraft(next, input.version)))
      return next;
    const winner = await this.get(owner, id);
    throw new HttpError(
      409,
      'draft-version-conflict',
      `Draft ${id} was saved elsewhere as version ${winner.version}; this save was made on version ${input.version}`,
      { draftId: id, version: winner.version, savedAt: iso(winner.updatedAt) },
    );
  }

  async remove(owner: string, id: string): Promise<void> {
    await this.get(owner, id);
    await this.store.deleteDraft(id);
  }
}

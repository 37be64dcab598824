/**
 * The drafts port: diagrams people draw in the browser app, kept on the server so a closed tab
 * or another machine loses nothing. The engine never reads them; they share its database.
 */

export interface DraftRecord {
  id: string;
  /** The user who draws it; nobody else reads it. */
  owner: string;
  name: string;
  xml: string;
  /** 1 when created, one more per save: a save naming an older version is refused. */
  version: number;
  /** The deployed definition the draft was opened from, if any. */
  basedOn: string | null;
  createdAt: number;
  updatedAt: number;
}

/** A draft without its XML, for listings. */
export type DraftSummary = Omit<DraftRecord, 'xml'>;

export interface DraftStore {
  createDraft(draft: DraftRecord): Promise<void>;
  getDraft(id: string): Promise<DraftRecord | undefined>;
  /** The owner's drafts, most recently saved first. */
  listDrafts(owner: string): Promise<DraftSummary[]>;
  /**
   * Writes `draft` (its `version` one more than `expectedVersion`) only while the stored draft
   * is at `expectedVersion`: false when another save came first or there is no such draft.
   */
  updateDraft(draft: DraftRecord, expectedVersion: number): Promise<boolean>;
  /** False when there was none. */
  deleteDraft(id: string): Promise<boolean>;
}

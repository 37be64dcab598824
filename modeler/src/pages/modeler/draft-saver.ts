import { signal } from '@preact/signals';
import { ApiError, api, call, type Schemas } from '../../api/client.ts';
import { errorMessage } from '../../i18n/error-message.ts';

type Draft = Schemas['Draft'];

/** What the save indicator shows. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; reason: string }
  /** Saved elsewhere since this editor read it: nothing more is saved until the user chooses. */
  | { kind: 'conflict'; version: number; savedAt: string };

/** Quiet time after the last edit before a save; a burst of edits makes one save. */
const SAVE_DELAY_MS = 500;
/** A failed save (server away) is tried again after this long, without a new edit. */
const RETRY_MS = 5_000;
/**
 * A save from a closing tab outlives the page as a `keepalive` request, which browsers allow
 * up to 64 KiB in flight; a larger diagram is saved normally and the tab asks before closing.
 */
const KEEPALIVE_LIMIT = 60_000;

/**
 * Saves the diagram as the user's draft on the server, a moment after each edit, so a closed
 * tab or another machine loses nothing. The first save creates the draft; every later one names
 * the version it was made on, and a 409 (another tab or machine saved first) stops saving and
 * says so instead of overwriting. One save runs at a time; edits during a save make one more.
 */
export class DraftSaver {
  readonly state = signal<SaveState>({ kind: 'idle' });
  private draft: { id: string; version: number } | undefined;
  private basedOn: string | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  /** One more per `reset`: a save that answers after the diagram changed is not applied. */
  private opened = 0;
  private leaving = false;

  constructor(
    private readonly content: () => Promise<{ name: string; xml: string }>,
    private readonly onCreated: (draft: Draft) => void,
  ) {}

  /** The draft being edited, if it has been saved once. */
  get draftId(): string | undefined {
    return this.draft?.id;
  }

  /** Starts over for a newly opened diagram: a stored draft, or one not saved yet. */
  reset(opened: { draft?: Pick<Draft, 'id' | 'version' | 'updatedAt'>; basedOn?: string | null }) {
    clearTimeout(this.timer);
    this.opened += 1;
    this.draft = opened.draft && { id: opened.draft.id, version: opened.draft.version };
    this.basedOn = opened.basedOn ?? null;
    this.dirty = false;
    this.state.value = opened.draft
      ? { kind: 'saved', at: opened.draft.updatedAt }
      : { kind: 'idle' };
  }

  /** True while an edit is not on the server yet. */
  get pending(): boolean {
    return this.dirty || this.running !== undefined;
  }

  /** An edit happened: save soon. */
  changed(): void {
    this.dirty = true;
    this.schedule(SAVE_DELAY_MS);
  }

  /** After a conflict: keeps this editor's diagram as a new draft, leaving the other one as it is. */
  saveAsNew(): Promise<void> {
    this.draft = undefined;
    this.dirty = true;
    this.state.value = { kind: 'idle' };
    return this.flush();
  }

  /**
   * Saves now what is not saved yet; `leaving`: the tab is being hidden or closed, so the
   * request should outlive the page.
   */
  flush({ leaving = false }: { leaving?: boolean } = {}): Promise<void> {
    clearTimeout(this.timer);
    if (this.state.value.kind === 'conflict') return Promise.resolve();
    this.leaving = leaving;
    this.running ??= this.saveWhileDirty().finally(() => {
      this.running = undefined;
      // Edits of a diagram opened while an earlier one was saving.
      const { kind } = this.state.value;
      if (this.dirty && (kind === 'idle' || kind === 'saved')) this.schedule(SAVE_DELAY_MS);
    });
    return this.running;
  }

  /** Stops saving (the page is left). */
  dispose(): void {
    clearTimeout(this.timer);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    if (this.state.value.kind === 'conflict') return;
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  private async saveWhileDirty(): Promise<void> {
    const opened = this.opened;
    while (this.dirty && opened === this.opened) {
      this.dirty = false;
      this.state.value = { kind: 'saving' };
      try {
        const saved = await this.save(await this.content());
        if (opened !== this.opened) return;
        this.draft = { id: saved.id, version: saved.version };
        this.state.value = { kind: 'saved', at: saved.updatedAt };
      } catch (error) {
        if (opened !== this.opened) return;
        this.dirty = true;
        if (error instanceof ApiError && error.code === 'draft-version-conflict') {
          const { version, savedAt } = error.details as { version: number; savedAt: string };
          this.state.value = { kind: 'conflict', version, savedAt };
        } else {
          this.state.value = { kind: 'failed', reason: errorMessage(error) };
          this.schedule(RETRY_MS);
        }
        return;
      }
    }
  }

  private async save(body: { name: string; xml: string }): Promise<Draft> {
    const keepalive = this.leaving && body.xml.length < KEEPALIVE_LIMIT;
    if (this.draft)
      return call(
        api.PUT('/api/drafts/{id}', {
          params: { path: { id: this.draft.id } },
          body: { ...body, version: this.draft.version },
          keepalive,
        }),
      );
    const opened = this.opened;
    const created = await call(
      api.POST('/api/drafts', { body: { ...body, basedOn: this.basedOn }, keepalive }),
    );
    if (opened === this.opened) {
      this.draft = { id: created.id, version: created.version };
      this.onCreated(created);
    }
    return created;
  }
}

import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** A customer as the example CRM keeps them, by business key. */
export interface CrmCustomer {
  name?: string;
  email?: string;
  status?: string;
  [field: string]: unknown;
  history: { change: string; at: string }[];
}

/** A record in one of the systems that keep customers (sales, billing, service). */
export interface SourceRecord {
  id: string;
  name: string;
  email: string;
  /** Set once merged: the record that now stands for this customer. */
  mergedInto?: string;
}

export const SOURCES = ['sales', 'billing', 'service'] as const;
export type Source = (typeof SOURCES)[number];

export interface CrmData {
  customers: Record<string, CrmCustomer>;
  records: Record<Source, SourceRecord[]>;
}

/**
 * The CRM the example workers update: a JSON file (`PROMESA_CRM_FILE`, default
 * `./data/crm.json`) standing in for the company's real one. Each change is read, applied and
 * written whole, one at a time.
 */
export class ExampleCrm {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly file = process.env.PROMESA_CRM_FILE ?? './data/crm.json') {}

  /** Applies `change` to the data and saves it; changes run one after another. */
  update<T>(change: (data: CrmData) => T): Promise<T> {
    const next = this.queue.then(async () => {
      const data = await this.read();
      const result = change(data);
      await mkdir(dirname(this.file), { recursive: true });
      await writeFile(`${this.file}.tmp`, JSON.stringify(data, null, 2));
      await rename(`${this.file}.tmp`, this.file);
      return result;
    });
    this.queue = next.catch(() => {});
    return next;
  }

  async read(): Promise<CrmData> {
    try {
      return JSON.parse(await readFile(this.file, 'utf8')) as CrmData;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return { customers: {}, records: { sales: [], billing: [], service: [] } };
    }
  }
}

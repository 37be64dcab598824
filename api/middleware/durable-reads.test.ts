import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { durableReads } from './durable-reads.ts';

describe('durableReads', () => {
  it('holds reads until the store says what they can see is on disk, and lets writes through', async () => {
    let onDisk!: () => void;
    const durable = new Promise<void>((resolve) => (onDisk = resolve));
    const served: string[] = [];
    const app = new Hono();
    app.use(
      '*',
      durableReads(() => durable),
    );
    app.all('/:name', (c) => {
      served.push(`${c.req.method} ${c.req.param('name')}`);
      return c.text('ok');
    });

    const read = app.request('/tasks');
    const write = await app.request('/complete', { method: 'POST' });
    expect(write.status).toBe(200);
    expect(served).toEqual(['POST complete']);
    onDisk();
    expect((await read).status).toBe(200);
    expect(served).toEqual(['POST complete', 'GET tasks']);
  });
});

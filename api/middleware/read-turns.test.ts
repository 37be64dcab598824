import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { readTurns } from './read-turns.ts';

describe('readTurns', () => {
  it('admits reads one per event-loop turn in the order they came, and lets writes straight through', async () => {
    const served: string[] = [];
    const turns: number[] = [];
    // Counts event-loop iterations: one check phase each.
    let turn = 0;
    let counting = true;
    const count = () => {
      turn += 1;
      if (counting) setImmediate(count);
    };
    setImmediate(count);
    const app = new Hono();
    app.use('*', readTurns());
    app.all('/:name', (c) => {
      served.push(`${c.req.method} ${c.req.param('name')}`);
      if (c.req.method !== 'POST') turns.push(turn);
      return c.text('ok');
    });

    const replies = await Promise.all([
      app.request('/a'),
      app.request('/b'),
      app.request('/c', { method: 'POST' }),
      app.request('/d', { method: 'HEAD' }),
      app.request('/e'),
    ]);
    counting = false;

    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    // The write did not wait behind the reads; the reads kept their order.
    expect(served).toEqual(['POST c', 'GET a', 'GET b', 'HEAD d', 'GET e']);
    // Each read in a turn of its own.
    expect(new Set(turns).size).toBe(4);
  });
});

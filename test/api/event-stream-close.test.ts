import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sseReader } from '../support/sse-reader.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('the event stream, once its reader has gone', () => {
  let t: TestApp;
  afterEach(() => t.close());

  it("leaves nothing behind on the server's shutdown signal, however many streams came and went", async () => {
    const shutdown = new AbortController();
    t = await startTestApp({ shutdown: shutdown.signal });
    const listening = () => getEventListeners(shutdown.signal, 'abort').length;
    const before = listening();
    const streams = await Promise.all(
      ['front', 'back', 'front'].map(async (caller) =>
        sseReader(await t.call(caller as 'front', 'GET', '/api/events')),
      ),
    );
    await vi.waitFor(() => expect(listening()).toBe(before + streams.length));
    await Promise.all(streams.map((stream) => stream.cancel()));
    await vi.waitFor(() => expect(listening()).toBe(before));
  });
});

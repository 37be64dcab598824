/**
 * Reads server-sent events off a response body, one at a time; `next('sla.changed')` skips the
 * events of other names. Comment lines (heartbeats) are skipped.
 */
export function sseReader(res: Response) {
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  async function nextEvent(): Promise<{ event: string; data: any }> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          block
            .split('\n')
            .find((l) => l.startsWith(`${name}: `))
            ?.slice(name.length + 2);
        if (!field('event')) continue;
        return { event: field('event')!, data: JSON.parse(field('data')!) };
      }
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buffer += decoder.decode(value, { stream: true });
    }
  }
  return {
    async next(event?: string): Promise<{ event: string; data: any }> {
      for (;;) {
        const next = await nextEvent();
        if (event === undefined || next.event === event) return next;
      }
    },
    cancel: () => reader.cancel(),
  };
}

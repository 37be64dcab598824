import { describe, expect, it } from 'vitest';
import { soak } from './soak.ts';

describe('the soak with faults', () => {
  it('loses and doubles nothing acknowledged while the server is killed with SIGKILL and restarted for 30 s', async () => {
    const report = await soak({ durationMs: 30_000, seed: 1, killEveryMs: 6_000 });
    expect(report.kills).toBeGreaterThanOrEqual(2);
    expect(report.restarts).toBe(report.kills);
    for (const kind of ['start', 'externalComplete', 'taskComplete', 'correlate'] as const)
      expect(report.acknowledged[kind]).toBeGreaterThan(0);
    expect(report.lost).toEqual([]);
    expect(report.doubled).toEqual([]);
    expect(report.violations).toEqual([]);
    expect(report.integrity).toBe('ok');
    expect(report.completed).toBeGreaterThan(0);
    // The graceful stop at the end returns within the shutdown grace.
    expect(report.stopMs).toBeLessThan(10_000);
  }, 180_000);
});

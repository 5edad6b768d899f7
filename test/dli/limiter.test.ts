// The AIMD limiter with a fake clock, alone and under a 429 storm from the emulator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAimdLimiter } from '../../src/dli/limiter.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { emuClient } from './helpers.js';

function fakeClock() {
  let t = 1_000_000;
  const waits: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      waits.push(ms);
      t += ms;
    },
    advance: (ms: number) => void (t += ms),
    waits,
  };
}

describe('AIMD limiter', () => {
  it('starts at 50 req/s: without a burst, requests are spaced 20 ms apart', async () => {
    const c = fakeClock();
    const l = createAimdLimiter({ now: c.now, sleep: c.sleep, burst: 1 });
    for (let i = 0; i < 5; i++) await l.acquire();
    expect(c.waits).toEqual([20, 20, 20, 20]);
  });

  it('lets a burst of 20 start at once after a quiet spell, then spaces the rest 20 ms apart', async () => {
    const c = fakeClock();
    const l = createAimdLimiter({ now: c.now, sleep: c.sleep });
    for (let i = 0; i < 23; i++) await l.acquire();
    expect(c.waits).toEqual([20, 20, 20]);
    // A quiet second refills the bucket.
    c.advance(1000);
    c.waits.length = 0;
    for (let i = 0; i < 20; i++) await l.acquire();
    expect(c.waits).toEqual([]);
  });

  it('a throttle empties the burst, and the burst shrinks with the rate', async () => {
    const c = fakeClock();
    const l = createAimdLimiter({ now: c.now, sleep: c.sleep });
    l.onThrottle(); // 25 req/s: bursts of 10 from now on, none right away
    await l.acquire();
    expect(c.waits).toEqual([40]);
    c.advance(5000);
    c.waits.length = 0;
    for (let i = 0; i < 12; i++) await l.acquire();
    expect(c.waits).toEqual([40, 40]);
  });

  it('concurrent acquires each get their own slot', async () => {
    const c = fakeClock();
    const l = createAimdLimiter({ maxRate: 10, burst: 1, now: c.now, sleep: async (ms) => void c.waits.push(ms) });
    await Promise.all([l.acquire(), l.acquire(), l.acquire()]);
    expect(c.waits.sort((a, b) => a - b)).toEqual([100, 200]);
  });

  it('halves on a throttle, once per burst of throttles within the cooldown (1 s by default)', () => {
    const c = fakeClock();
    const l = createAimdLimiter({ now: c.now, sleep: c.sleep });
    l.onThrottle();
    l.onThrottle();
    l.onThrottle();
    expect(l.rate).toBe(25);
    c.advance(400);
    l.onThrottle(); // the same throttling window: no second halving
    expect(l.rate).toBe(25);
    c.advance(600);
    l.onThrottle();
    expect(l.rate).toBe(12.5);
  });

  it('with no cooldown, halves at most once per current interval', () => {
    const c = fakeClock();
    const l = createAimdLimiter({ now: c.now, sleep: c.sleep, decreaseCooldownMs: 0 });
    l.onThrottle();
    l.onThrottle();
    expect(l.rate).toBe(25);
    c.advance(40);
    l.onThrottle();
    expect(l.rate).toBe(12.5);
  });

  it('never goes below the floor and recovers additively up to the ceiling', () => {
    const c = fakeClock();
    const l = createAimdLimiter({ now: c.now, sleep: c.sleep, minRate: 1 });
    for (let i = 0; i < 20; i++) {
      l.onThrottle();
      c.advance(10_000);
    }
    expect(l.rate).toBe(1);
    l.onSuccess();
    l.onSuccess();
    expect(l.rate).toBe(2);
    for (let i = 0; i < 500; i++) l.onSuccess();
    expect(l.rate).toBe(50);
  });

  it('a Retry-After pauses everyone', async () => {
    const c = fakeClock();
    const l = createAimdLimiter({ now: c.now, sleep: c.sleep });
    l.onThrottle(3000);
    await l.acquire();
    expect(c.waits).toEqual([3000]);
  });
});

describe('limiter under a 429 storm from the emulator', () => {
  let emu: Emulator;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(async () => emu.close());

  it('slows down during the storm, then speeds up again after successes', async () => {
    const c = fakeClock();
    // The transport's backoff sleeps do not advance this fake clock, so the six retries would all fall inside one
    // cooldown; without it each retried 429 is its own signal, as it is in real time (backoffs of 1 s and more).
    const limiter = createAimdLimiter({ now: c.now, sleep: c.sleep, decreaseCooldownMs: 0 });
    emu.addFault({ kind: 'throttle', operation: 'listConnections', count: 6 });
    const { client, waits: backoffs } = emuClient(emu, { limiter, maxRetries: 10 });

    await client.listConnections();
    expect(emu.requests.map((r) => r.status)).toEqual([429, 429, 429, 429, 429, 429, 200]);
    expect(backoffs).toHaveLength(6);
    // 50 → 25 → 12.5 → … six halvings (+0.5 for the final success).
    expect(limiter.rate).toBeCloseTo(50 / 64 + 0.5, 5);
    // The pacing waits grew with each throttle.
    const stormWaits = [...c.waits];
    expect(stormWaits.length).toBeGreaterThanOrEqual(6);
    for (let i = 1; i < stormWaits.length; i++) expect(stormWaits[i]!).toBeGreaterThanOrEqual(stormWaits[i - 1]!);
    expect(stormWaits.at(-1)!).toBeGreaterThan(1000);

    // Recovery: twenty successful calls bring the rate back up and the spacing down.
    c.waits.length = 0;
    for (let i = 0; i < 20; i++) await client.listConnections({ name: `n${i}` });
    expect(limiter.rate).toBeGreaterThan(10);
    expect(c.waits.at(-1)!).toBeLessThan(stormWaits.at(-1)! / 10);
  });
});

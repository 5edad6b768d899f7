// Paging in round trips (issue 17): once a first page's count tells the total, the other pages go out side by side;
// when count tells nothing, one page after another, as before.
import { afterEach, describe, expect, it } from 'vitest';
import { fetchAllPages, type Page } from '../../src/dli/paging.js';
import { UnexpectedResponseError } from '../../src/dli/errors.js';
import { startEmulator, type Emulator } from '../emulator/index.js';
import { emuClient } from './helpers.js';

/** A list of `total` items answering with `count` as the total (or as the page size), recording concurrency. */
function fakeList(total: number, countIs: 'total' | 'page-size') {
  const offsets: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetch = async (offset: number, limit: number): Promise<Page<{ id: string }>> => {
    offsets.push(offset);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setImmediate(r));
    inFlight--;
    const items = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => ({ id: `i${offset + i}` }));
    return { items, count: countIs === 'total' ? total : items.length };
  };
  return { offsets, fetch, maxInFlight: () => maxInFlight };
}

describe('fetchAllPages', () => {
  it('count = total: the remaining pages go out at once, no trailing empty page', async () => {
    const list = fakeList(450, 'total');
    const got = await fetchAllPages({ operation: 'op', limit: 100, keyOf: (x: { id: string }) => x.id, fetch: (o) => list.fetch(o, 100) });
    expect(got).toHaveLength(450);
    expect(list.offsets).toEqual([0, 100, 200, 300, 400]);
    expect(list.maxInFlight()).toBe(4);
  });

  it('count = total and a multiple of the page: the last full page that reaches it is the end', async () => {
    const list = fakeList(300, 'total');
    const got = await fetchAllPages({ operation: 'op', limit: 100, keyOf: (x: { id: string }) => x.id, fetch: (o) => list.fetch(o, 100) });
    expect(got).toHaveLength(300);
    expect(list.offsets).toEqual([0, 100, 200]);
  });

  it('count = page size: it proves nothing, so one page after another until a short one', async () => {
    const list = fakeList(250, 'page-size');
    const got = await fetchAllPages({ operation: 'op', limit: 100, keyOf: (x: { id: string }) => x.id, fetch: (o) => list.fetch(o, 100) });
    expect(got).toHaveLength(250);
    expect(list.offsets).toEqual([0, 100, 200]);
    expect(list.maxInFlight()).toBe(1);
  });

  it('never more than `parallelPages` in flight', async () => {
    const list = fakeList(2_000, 'total');
    const got = await fetchAllPages({ operation: 'op', limit: 100, keyOf: (x: { id: string }) => x.id, fetch: (o) => list.fetch(o, 100), parallelPages: 5 });
    expect(got).toHaveLength(2_000);
    expect(list.maxInFlight()).toBe(5);
  });

  it('more items than the first count said (created meanwhile): goes on past it', async () => {
    let total = 200;
    const fetch = async (offset: number): Promise<Page<{ id: string }>> => {
      const page = { items: Array.from({ length: Math.max(0, Math.min(100, total - offset)) }, (_, i) => ({ id: `i${offset + i}` })), count: total };
      total = 250;
      return page;
    };
    expect(await fetchAllPages({ operation: 'op', limit: 100, keyOf: (x: { id: string }) => x.id, fetch })).toHaveLength(250);
  });

  it('a server that ignores offset is an error, not an endless loop', async () => {
    const fetch = async (): Promise<Page<{ id: string }>> => ({ items: [{ id: 'a' }, { id: 'b' }], count: 4 });
    await expect(fetchAllPages({ operation: 'op', limit: 2, keyOf: (x: { id: string }) => x.id, fetch })).rejects.toBeInstanceOf(UnexpectedResponseError);
  });
});

describe('listConnections against the emulator', () => {
  let emu: Emulator | undefined;
  afterEach(async () => {
    await emu?.close();
    emu = undefined;
  });

  it('450 connections: the first page, then the other four side by side', async () => {
    emu = await startEmulator();
    for (let i = 0; i < 450; i++) emu.state.seedConnection({ name: `c_${i}` });
    emu.addFault({ operation: 'listConnections', kind: 'latency', ms: 300 });
    emu.clearLog();
    const { client } = emuClient(emu);
    expect(await client.listConnections()).toHaveLength(450);
    const [first, ...rest] = emu.requests;
    expect([first, ...rest].map((r) => r!.query.offset).sort((a, b) => Number(a) - Number(b))).toEqual(['0', '100', '200', '300', '400']);
    // Every later page was sent after the first was answered, and before any other later page was answered.
    const firstAnswered = first!.time + first!.durationMs;
    const earliestAnswer = Math.min(...rest.map((r) => r.time + r.durationMs));
    for (const r of rest) {
      expect(r.time).toBeGreaterThanOrEqual(Math.floor(firstAnswered));
      expect(r.time).toBeLessThan(earliestAnswer);
    }
  });
});

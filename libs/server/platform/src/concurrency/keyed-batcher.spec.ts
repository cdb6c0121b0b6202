import { describe, expect, it } from 'vitest';
import { KeyedBatcher } from './keyed-batcher';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('KeyedBatcher', () => {
  it('batches what arrives while a batch runs, in order, one batch per key at a time', async () => {
    const batches: Array<[string, number[]]> = [];
    let running = 0;
    let most = 0;
    const b = new KeyedBatcher<number, number>(async (key, batch) => {
      running++;
      most = Math.max(most, running);
      batches.push([key, [...batch]]);
      await tick();
      running--;
      return batch.map((x) => x * 10);
    });
    const answers = await Promise.all([1, 2, 3, 4].map((x) => b.submit('a', x)));
    expect(answers).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([
      ['a', [1]],
      ['a', [2, 3, 4]],
    ]);
    expect(most).toBe(1);
    expect(b.pending).toBe(0);
  });

  it('keys run side by side; a failing batch fails its requests only', async () => {
    const b = new KeyedBatcher<number, number>(async (key, batch) => {
      await tick();
      if (key === 'bad') throw new Error('boom');
      return batch;
    }, 2);
    const good = Promise.all([1, 2, 3].map((x) => b.submit('good', x)));
    const bad = b.submit('bad', 1);
    await expect(bad).rejects.toThrow('boom');
    await expect(good).resolves.toEqual([1, 2, 3]);
    await expect(b.submit('bad', 2)).rejects.toThrow('boom');
  });
});

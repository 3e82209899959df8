// --concurrency: how many worker threads a batch gets.
import { describe, expect, it } from 'vitest';
import { FILES_PER_WORKER, isConcurrency, workerCount } from '../src/batch.js';

describe('workerCount', () => {
  it('stays on one thread for off, for small batches under auto, and for a single thread asked for', () => {
    expect(workerCount('off', 10_000, 8)).toBe(0);
    expect(workerCount('auto', 2 * FILES_PER_WORKER - 1, 8)).toBe(0);
    expect(workerCount('auto', 5, 8)).toBe(0);
    expect(workerCount('1', 1000, 8)).toBe(0);
    expect(workerCount('auto', 10_000, 1)).toBe(0);
  });
  it('uses one worker per FILES_PER_WORKER files under auto, at most one per core', () => {
    expect(workerCount('auto', 2 * FILES_PER_WORKER, 8)).toBe(2);
    expect(workerCount('auto', 3 * FILES_PER_WORKER + 1, 8)).toBe(3);
    expect(workerCount('auto', 1000, 2)).toBe(2);
    expect(workerCount('auto', 1000, 4)).toBe(4);
  });
  it('takes a number as asked, but never more workers than files', () => {
    expect(workerCount('3', 1000, 2)).toBe(3);
    expect(workerCount('8', 5, 2)).toBe(5);
  });
  it('accepts auto, off and whole numbers from 1', () => {
    for (const v of ['auto', 'off', '1', '16']) expect(isConcurrency(v)).toBe(true);
    for (const v of ['0', '-1', '1.5', 'many', '']) expect(isConcurrency(v)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { readManagedWithin } from './effective-policy';

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('readManagedWithin', () => {
  it('gives managed storage when it answers in time', async () => {
    let late = 0;
    expect(await readManagedWithin(() => after(5, { sensitivity: 'strict' }), 100, () => late++)).toEqual({ sensitivity: 'strict' });
    expect(late).toBe(0);
  });

  it('does not keep a chat waiting on a slow first read, and says so when values arrive late', async () => {
    let late = 0;
    expect(await readManagedWithin(() => after(60, { sensitivity: 'strict' }), 10, () => late++)).toEqual({});
    await after(80, null);
    expect(late).toBe(1);
  });

  it('stays quiet when the late answer is empty or fails', async () => {
    let late = 0;
    await readManagedWithin(() => after(30, {}), 5, () => late++);
    await readManagedWithin(() => after(30, null).then(() => Promise.reject(new Error('no managed storage'))), 5, () => late++);
    await after(60, null);
    expect(late).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HeadsUpDb } from '../store/db';
import { changePin, FREE_TRIES, getPinStatus, lockoutAfter, setupPin, verifyPin } from './pin';
import { PBKDF2_ITERATIONS } from './pin-crypto';

const PIN = '73914628';
const NEW_PIN = '58203746';
const MINUTE = 60_000;
const T0 = Date.UTC(2025, 5, 30, 12);

let db: HeadsUpDb;
let clock: number;
const options = { now: () => clock, iterations: 1_000 };

beforeEach(() => {
  db = new HeadsUpDb(`pin-test-${Math.random()}`);
  clock = T0;
});
afterEach(async () => {
  await db.delete();
});

async function guessWrong(times: number) {
  let last;
  for (let i = 0; i < times; i++) last = await verifyPin(db, '000000', options);
  return last;
}

describe('PIN setup', () => {
  it('sets a PIN once and returns a recovery code of 4 groups of 4 unambiguous characters', async () => {
    expect(await getPinStatus(db, clock)).toEqual({ isSet: false, lockedUntil: null });
    const { recoveryCode } = await setupPin(db, PIN, options);
    expect(recoveryCode).toMatch(/^[2-9A-HJ-NP-Z]{4}(?:-[2-9A-HJ-NP-Z]{4}){3}$/u);
    expect(await getPinStatus(db, clock)).toEqual({ isSet: true, lockedUntil: null });
    await expect(setupPin(db, NEW_PIN, options)).rejects.toThrow('a PIN is already set');
  });

  it('refuses PINs that are too short', async () => {
    await expect(setupPin(db, '1234', options)).rejects.toThrow('the PIN must be 6 to 64 characters long');
    expect(await db.pin.count()).toBe(0);
  });

  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    await setupPin(db, PIN);
    const record = await db.pin.get('parent');
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(record?.iterations).toBeGreaterThanOrEqual(600_000);
    expect(record?.recoveryIterations).toBeGreaterThanOrEqual(600_000);
    expect(await verifyPin(db, PIN)).toEqual({ ok: true });
  }, 30_000);

  it('keeps no PIN or recovery code in the database, only salted hashes', async () => {
    const { recoveryCode } = await setupPin(db, PIN, options);
    const record = await db.pin.get('parent');
    const dump = JSON.stringify(await Promise.all(db.tables.map((t) => t.toArray())));
    for (const secret of [PIN, recoveryCode, recoveryCode.replaceAll('-', '')]) expect(dump).not.toContain(secret);
    expect(atob(record?.salt ?? '')).toHaveLength(16);
    expect(atob(record?.hash ?? '')).toHaveLength(32);
    expect(record?.salt).not.toBe(record?.recoverySalt);
  });
});

describe('PIN verify and lock-out', () => {
  beforeEach(async () => {
    await setupPin(db, PIN, options);
  });

  it('accepts the right PIN and refuses a wrong one', async () => {
    expect(await verifyPin(db, PIN, options)).toEqual({ ok: true });
    expect(await verifyPin(db, '123456', options)).toEqual({ ok: false, lockedUntil: null, triesBeforeLock: FREE_TRIES - 1 });
  });

  it('follows the schedule: 5 free tries, then 1 minute, 5 minutes, then 1 hour per wrong guess', async () => {
    expect([0, 1, 4, 5, 6, 7, 12].map(lockoutAfter)).toEqual([0, 0, 0, MINUTE, 5 * MINUTE, 60 * MINUTE, 60 * MINUTE]);
    expect(await guessWrong(4)).toEqual({ ok: false, lockedUntil: null, triesBeforeLock: 1 });
    expect(await guessWrong(1)).toEqual({ ok: false, lockedUntil: T0 + MINUTE, triesBeforeLock: 0 });
    // While locked even the right PIN is refused, and the refusal does not count.
    expect(await verifyPin(db, PIN, options)).toEqual({ ok: false, lockedUntil: T0 + MINUTE, triesBeforeLock: 0 });
    expect(await getPinStatus(db, clock)).toEqual({ isSet: true, lockedUntil: T0 + MINUTE });
    clock = T0 + MINUTE;
    expect(await guessWrong(1)).toEqual({ ok: false, lockedUntil: clock + 5 * MINUTE, triesBeforeLock: 0 });
    clock += 5 * MINUTE;
    expect(await guessWrong(1)).toEqual({ ok: false, lockedUntil: clock + 60 * MINUTE, triesBeforeLock: 0 });
    clock += 60 * MINUTE;
    expect(await guessWrong(1)).toEqual({ ok: false, lockedUntil: clock + 60 * MINUTE, triesBeforeLock: 0 });
    expect(await getPinStatus(db, clock + 60 * MINUTE)).toEqual({ isSet: true, lockedUntil: null });
  });

  it('starts counting again after a right PIN', async () => {
    await guessWrong(4);
    expect(await verifyPin(db, PIN, options)).toEqual({ ok: true });
    expect(await guessWrong(4)).toEqual({ ok: false, lockedUntil: null, triesBeforeLock: 1 });
  });

  it('counts guesses sent at the same time one by one', async () => {
    const results = await Promise.all(Array.from({ length: 7 }, () => verifyPin(db, '000000', options)));
    expect(results.filter((r) => !r.ok && r.lockedUntil !== null)).toHaveLength(3);
    expect((await db.pin.get('parent'))?.failedAttempts).toBe(5);
  });
});

describe('PIN change', () => {
  let recoveryCode: string;
  beforeEach(async () => {
    ({ recoveryCode } = await setupPin(db, PIN, options));
  });

  it('changes with the old PIN and keeps the recovery code', async () => {
    expect(await changePin(db, { oldPin: PIN }, NEW_PIN, options)).toEqual({ changed: true, recoveryCode: null });
    expect(await verifyPin(db, PIN, options)).toMatchObject({ ok: false });
    expect(await verifyPin(db, NEW_PIN, options)).toEqual({ ok: true });
    expect(await changePin(db, { recoveryCode }, PIN, options)).toMatchObject({ changed: true });
  });

  it('refuses a wrong old PIN and counts it as a wrong guess', async () => {
    expect(await changePin(db, { oldPin: '999999' }, NEW_PIN, options)).toEqual({ changed: false, lockedUntil: null });
    expect((await db.pin.get('parent'))?.failedAttempts).toBe(1);
    expect(await verifyPin(db, PIN, options)).toEqual({ ok: true });
  });

  it('changes with the recovery code, even while locked, and issues a new code', async () => {
    await guessWrong(FREE_TRIES);
    const typed = recoveryCode.toLowerCase().replaceAll('-', ' ');
    const result = await changePin(db, { recoveryCode: typed }, NEW_PIN, options);
    expect(result).toMatchObject({ changed: true });
    const next = result.changed ? result.recoveryCode : null;
    expect(next).toMatch(/^[2-9A-HJ-NP-Z]{4}(?:-[2-9A-HJ-NP-Z]{4}){3}$/u);
    expect(next).not.toBe(recoveryCode);
    expect(await getPinStatus(db, clock)).toEqual({ isSet: true, lockedUntil: null });
    expect(await verifyPin(db, NEW_PIN, options)).toEqual({ ok: true });
  });

  it('accepts a recovery code only once', async () => {
    await changePin(db, { recoveryCode }, NEW_PIN, options);
    expect(await changePin(db, { recoveryCode }, PIN, options)).toEqual({ changed: false, lockedUntil: null });
    expect(await verifyPin(db, NEW_PIN, options)).toEqual({ ok: true });
  });

  it('needs the old PIN or the recovery code, and a usable new PIN', async () => {
    await expect(changePin(db, {}, NEW_PIN, options)).rejects.toThrow('give the old PIN or the recovery code');
    await expect(changePin(db, { oldPin: PIN }, '12', options)).rejects.toThrow('the PIN must be 6 to 64 characters long');
    expect((await db.pin.get('parent'))?.failedAttempts).toBe(0);
  });
});

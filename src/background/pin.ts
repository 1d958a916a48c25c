// The parent PIN, checked in the background only (pages never see a hash). State lives in the
// Dexie `pin` table: hashes, salts, the failure count and the lock-out time, never the PIN.
// Wrong guesses are throttled (NIST SP 800-63B §5.2.2 rate limiting; OWASP Authentication Cheat
// Sheet): 5 free tries, then 1 minute, then 5 minutes, then 1 hour for each further wrong guess.
// A child can therefore try about 24 PINs a day, and a 6-digit PIN has a million.
import type { PinChangeResult } from '../protocol/messages';
import type { HeadsUpDb, PinRecord } from '../store/db';
import { constantTimeEqual, deriveKey, fromBase64, generateRecoveryCode, normaliseRecoveryCode, normaliseSecret, PBKDF2_ITERATIONS, randomBytes, SALT_BYTES, toBase64 } from './pin-crypto';

export const FREE_TRIES = 5;
const MINUTE = 60_000;
const LOCKOUTS = [1 * MINUTE, 5 * MINUTE, 60 * MINUTE];
/** NIST SP 800-63B asks for at least 6 digits where guessing is rate limited; the upper bound only stops abuse. */
export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 64;

export interface PinOptions {
  now?: () => number;
  /** PBKDF2 iterations for new hashes; tests pass fewer. Verifying uses the stored count. */
  iterations?: number;
}

export type VerifyOutcome = { ok: true } | { ok: false; lockedUntil: number | null; triesBeforeLock: number };

/** How long to lock after this many consecutive wrong guesses (0: not locked). */
export function lockoutAfter(failures: number): number {
  if (failures < FREE_TRIES) return 0;
  return LOCKOUTS[Math.min(failures - FREE_TRIES, LOCKOUTS.length - 1)] ?? 0;
}

/** Throw a clear error for a new PIN that cannot be used. */
export function assertUsablePin(pin: unknown): asserts pin is string {
  if (typeof pin !== 'string') throw new Error('the PIN must be text');
  const length = [...normaliseSecret(pin)].length;
  if (length < PIN_MIN_LENGTH || length > PIN_MAX_LENGTH) throw new Error(`the PIN must be ${PIN_MIN_LENGTH} to ${PIN_MAX_LENGTH} characters long`);
}

// One PIN operation at a time: two guesses sent together must not both see the same failure count.
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

const PIN_ID = 'parent';
const read = (db: HeadsUpDb) => db.pin.get(PIN_ID);

async function hashSecret(secret: string, iterations: number): Promise<{ hash: string; salt: string }> {
  const salt = randomBytes(SALT_BYTES);
  return { hash: toBase64(await deriveKey(secret, salt, iterations)), salt: toBase64(salt) };
}

async function matches(secret: string, hash: string, salt: string, iterations: number): Promise<boolean> {
  return constantTimeEqual(await deriveKey(secret, fromBase64(salt), iterations), fromBase64(hash));
}

export async function getPinStatus(db: HeadsUpDb, now = Date.now()): Promise<{ isSet: boolean; lockedUntil: number | null }> {
  const record = await read(db);
  return { isSet: Boolean(record), lockedUntil: record && record.lockedUntil > now ? record.lockedUntil : null };
}

/** Set the first PIN and return the recovery code, which is shown once and kept only as a hash. */
export async function setupPin(db: HeadsUpDb, pin: string, options: PinOptions = {}): Promise<{ recoveryCode: string }> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  assertUsablePin(pin);
  return serialised(async () => {
    if (await read(db)) throw new Error('a PIN is already set: change it with the old PIN or the recovery code');
    const recoveryCode = generateRecoveryCode();
    await db.pin.put(await newRecord(pin, recoveryCode, iterations, (options.now ?? Date.now)()));
    return { recoveryCode };
  });
}

async function newRecord(pin: string, recoveryCode: string, iterations: number, now: number): Promise<PinRecord> {
  const pinHash = await hashSecret(pin, iterations);
  const recovery = await hashSecret(normaliseRecoveryCode(recoveryCode), iterations);
  return {
    id: PIN_ID,
    ...pinHash,
    iterations,
    failedAttempts: 0,
    lockedUntil: 0,
    recoveryHash: recovery.hash,
    recoverySalt: recovery.salt,
    recoveryIterations: iterations,
    updatedAt: now,
  };
}

/** Count a wrong guess and lock if it was one too many. */
async function recordFailure(db: HeadsUpDb, record: PinRecord, now: number): Promise<VerifyOutcome> {
  const failedAttempts = record.failedAttempts + 1;
  const lock = lockoutAfter(failedAttempts);
  const lockedUntil = lock > 0 ? now + lock : 0;
  await db.pin.update(PIN_ID, { failedAttempts, lockedUntil });
  return { ok: false, lockedUntil: lockedUntil || null, triesBeforeLock: Math.max(0, FREE_TRIES - failedAttempts) };
}

async function verifyLocked(db: HeadsUpDb, pin: string, now: number): Promise<VerifyOutcome> {
  const record = await read(db);
  if (!record) throw new Error('no PIN is set yet');
  // While locked, a guess is refused without being checked (and without counting).
  if (record.lockedUntil > now) return { ok: false, lockedUntil: record.lockedUntil, triesBeforeLock: 0 };
  if (!(await matches(pin, record.hash, record.salt, record.iterations))) return recordFailure(db, record, now);
  if (record.failedAttempts > 0 || record.lockedUntil > 0) await db.pin.update(PIN_ID, { failedAttempts: 0, lockedUntil: 0 });
  return { ok: true };
}

export async function verifyPin(db: HeadsUpDb, pin: string, options: PinOptions = {}): Promise<VerifyOutcome> {
  return serialised(() => verifyLocked(db, pin, (options.now ?? Date.now)()));
}

/**
 * Change the PIN with the old PIN (throttled like any guess) or the recovery code. The recovery
 * code is accepted even during a lock-out, so a child's guessing cannot lock the parent out; it
 * has 80 bits, so it cannot be guessed instead. A used recovery code is replaced by a new one.
 */
export async function changePin(db: HeadsUpDb, proof: { oldPin?: string; recoveryCode?: string }, newPin: string, options: PinOptions = {}): Promise<PinChangeResult> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  assertUsablePin(newPin);
  if (typeof proof.recoveryCode !== 'string' && typeof proof.oldPin !== 'string') throw new Error('give the old PIN or the recovery code');
  return serialised(async () => {
    const now = (options.now ?? Date.now)();
    const record = await read(db);
    if (!record) throw new Error('no PIN is set yet');
    if (typeof proof.recoveryCode === 'string') {
      const code = normaliseRecoveryCode(proof.recoveryCode);
      if (!(await matches(code, record.recoveryHash, record.recoverySalt, record.recoveryIterations))) {
        const failed = await recordFailure(db, record, now);
        return { changed: false, lockedUntil: failed.ok ? null : failed.lockedUntil };
      }
      const recoveryCode = generateRecoveryCode();
      await db.pin.put(await newRecord(newPin, recoveryCode, iterations, now));
      return { changed: true, recoveryCode };
    }
    const verified = await verifyLocked(db, proof.oldPin ?? '', now);
    if (!verified.ok) return { changed: false, lockedUntil: verified.lockedUntil };
    const pinHash = await hashSecret(newPin, iterations);
    await db.pin.update(PIN_ID, { ...pinHash, iterations, failedAttempts: 0, lockedUntil: 0, updatedAt: now });
    return { changed: true, recoveryCode: null };
  });
}

// The PIN's cryptography, all through WebCrypto (the same in the service worker, the event page
// and node 20). Choices follow OWASP's Password Storage Cheat Sheet (PBKDF2-HMAC-SHA256 with
// 600,000 iterations and a unique random salt) and NIST SP 800-63B (salted one-way key
// derivation, at least 32-bit salt, rate limiting instead of complexity rules, normalised input).

/** OWASP's figure for PBKDF2-HMAC-SHA256. Stored with each hash so it can be raised later. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
const HASH_BITS = 256;

/** Recovery codes: 4 groups of 4 from 32 characters without 0/O, 1/I (80 bits; unambiguous when read aloud or copied by hand). */
export const RECOVERY_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const RECOVERY_GROUPS = 4;
const RECOVERY_GROUP_LENGTH = 4;

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** NIST SP 800-63B §5.1.1.2: normalise Unicode (NFKC) so the same PIN typed on another keyboard matches. */
export function normaliseSecret(secret: string): string {
  return secret.normalize('NFKC');
}

/** PBKDF2-SHA256 of a secret: the only form in which a PIN or recovery code is ever kept. */
export async function deriveKey(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array<ArrayBuffer>> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(normaliseSecret(secret)), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, HASH_BITS);
  return new Uint8Array(bits);
}

/** Compare without an early exit, so the time taken says nothing about how many bytes matched. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** A new recovery code like "K7QM-2XHP-9RTD-WB4N", from crypto.getRandomValues (32 divides 256: no bias). */
export function generateRecoveryCode(): string {
  const bytes = randomBytes(RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % RECOVERY_ALPHABET.length] ?? '');
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += RECOVERY_GROUP_LENGTH) groups.push(chars.slice(i, i + RECOVERY_GROUP_LENGTH).join(''));
  return groups.join('-');
}

/** Accept a recovery code however it is typed: any case, with or without spaces or dashes. */
export function normaliseRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[^0-9A-Z]/gu, '');
}

export function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

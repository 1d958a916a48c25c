import { describe, expect, it } from 'vitest';
import { constantTimeEqual, deriveKey, fromBase64, generateRecoveryCode, normaliseRecoveryCode, RECOVERY_ALPHABET, toBase64 } from './pin-crypto';

describe('pin crypto', () => {
  it('compares byte arrays fully, including their lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });

  it('derives the same key from the same PIN and salt, and another from another salt', async () => {
    const salt = new Uint8Array(16).fill(7);
    const a = await deriveKey('135790', salt, 1_000);
    expect(a).toHaveLength(32);
    expect(constantTimeEqual(a, await deriveKey('135790', salt, 1_000))).toBe(true);
    expect(constantTimeEqual(a, await deriveKey('135790', new Uint8Array(16), 1_000))).toBe(false);
  });

  it('treats the same PIN typed with full-width digits as the same (NFKC)', async () => {
    const salt = new Uint8Array(16);
    expect(constantTimeEqual(await deriveKey('１３５７９０', salt, 1_000), await deriveKey('135790', salt, 1_000))).toBe(true);
  });

  it('makes recovery codes only from the unambiguous alphabet', () => {
    expect(RECOVERY_ALPHABET).toHaveLength(32);
    expect(RECOVERY_ALPHABET).not.toMatch(/[01IO]/u);
    const codes = new Set(Array.from({ length: 50 }, generateRecoveryCode));
    expect(codes.size).toBe(50);
    for (const code of codes) expect(normaliseRecoveryCode(code)).toMatch(new RegExp(`^[${RECOVERY_ALPHABET}]{16}$`, 'u'));
  });

  it('round-trips base64', () => {
    const bytes = new Uint8Array([0, 1, 127, 128, 255]);
    expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
  });
});

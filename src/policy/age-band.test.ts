import { describe, expect, it } from 'vitest';
import { sensitivityForAge } from './age-band';

describe('sensitivityForAge', () => {
  it('moves one step stricter for children under 13', () => {
    expect(sensitivityForAge('relaxed', 'under-13')).toBe('balanced');
    expect(sensitivityForAge('balanced', 'under-13')).toBe('strict');
    expect(sensitivityForAge('strict', 'under-13')).toBe('strict');
  });
  it('keeps the parent\'s choice for older children', () => {
    expect(sensitivityForAge('relaxed', '13-15')).toBe('relaxed');
    expect(sensitivityForAge('balanced', '16-17')).toBe('balanced');
  });
});

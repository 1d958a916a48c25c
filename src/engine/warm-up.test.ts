import { describe, expect, it } from 'vitest';
import { Conversation } from './conversation';
import { warmUpEngine } from './warm-up';

describe('warmUpEngine', () => {
  it('reads its samples and leaves nothing behind for the next conversation', () => {
    expect(warmUpEngine()).toBeGreaterThan(0);
    expect(new Conversation().add({ direction: 'incoming', author: 'a', text: 'hi' }).level).toBe('none');
  });
});

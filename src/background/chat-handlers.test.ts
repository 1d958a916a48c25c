import { beforeEach, describe, expect, it } from 'vitest';
import { handleRequest } from './handlers';
import { contentScript, extensionPage, freshWorld, type TestWorld } from './test-helpers';

let world: TestWorld;
beforeEach(async () => {
  world = await freshWorld();
});

const read = (session: string, seq: number, messages: unknown[]) => ({ type: 'chat/read', session, seq, sensitivity: 'balanced', messages });

describe('chat/read', () => {
  it('reads a content script’s chat and answers with findings only', async () => {
    const reply = await handleRequest(read('h1', 0, [{ direction: 'incoming', author: 'kai', text: 'how old r u' }, { direction: 'incoming', author: 'kai', text: 'dont tell ur parents about us' }]), contentScript(), world.deps);
    expect(reply).toMatchObject({ ok: true, value: { known: true, findings: [{ otherParty: 'kai', level: 'warning' }] } });
    expect(JSON.stringify(reply)).not.toContain('parents about us');
  });

  it('turns a broken adapter’s odd messages into empty text instead of failing the batch', async () => {
    const reply = await handleRequest(read('h2', 0, [null, 7, { direction: 'sideways', author: 3, text: { a: 1 } }, { direction: 'outgoing', text: 'hi' }]), contentScript(), world.deps);
    expect(reply).toEqual({ ok: true, value: { known: true, findings: [], lastIncoming: { author: '', categories: [] } } });
  });

  it('refuses malformed requests with a clear error, and extension pages altogether', async () => {
    expect(await handleRequest(read('', 0, []), contentScript(), world.deps)).toEqual({ ok: false, error: 'malformed chat session' });
    expect(await handleRequest(read('h3', -1, []), contentScript(), world.deps)).toEqual({ ok: false, error: 'malformed chat sequence number' });
    expect(await handleRequest(read('h3', 0, Array.from({ length: 501 }, () => ({}))), contentScript(), world.deps)).toMatchObject({ ok: false, error: expect.stringContaining('at most 500') });
    expect(await handleRequest(read('h3', 0, []), extensionPage(), world.deps)).toMatchObject({ ok: false });
  });
});

// The page's send check (outgoing.ts) must read a draft exactly as the conversation will read the
// sent message: same rules, same "ok means yes" after a secret or a meeting request. Checked on
// every child message of the held-out corpora, with the conversation's own context.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConversationLine } from '../../tools/corpus';
import { Conversation, previewOutgoing, type Category } from './engine';

const CORPORA = ['tests/fixtures/corpus/holdout.jsonl', 'tests/fixtures/corpus/holdout2.jsonl'].filter((file) => existsSync(file));
const ids = (reasons: readonly { ruleId: string; category: string }[]) => reasons.map((r) => `${r.ruleId}:${r.category}`).sort();

describe('previewOutgoing', () => {
  it('reads a bare "ok" by what it answers', () => {
    expect(previewOutgoing('ok', new Set<Category>(['secrecy'])).map((r) => r.category)).toEqual(['agrees_to_secrecy']);
    expect(previewOutgoing('ok', new Set<Category>(['meeting_request'])).map((r) => r.category)).toEqual(['agrees_to_meet']);
    expect(previewOutgoing('ok')).toEqual([]);
    expect(previewOutgoing('im 12').map((r) => r.category)).toEqual(['discloses_age']);
  });

  it('finds what the conversation finds in every child message of the held-out corpora', () => {
    let checked = 0;
    for (const file of CORPORA) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (!line.trim()) return;
        const conversation = new Conversation();
        let answered = new Set<Category>();
        for (const message of parseConversationLine(line, i + 1).messages) {
          const incoming = message.direction === 'incoming';
          const preview = incoming ? [] : previewOutgoing(message.text, answered);
          const verdict = conversation.add(message);
          if (incoming) answered = new Set(verdict.signals);
          else {
            expect(ids(preview), message.text).toEqual(ids(verdict.reasons));
            checked++;
          }
        }
      });
    }
    expect(checked).toBeGreaterThan(500);
  });
});

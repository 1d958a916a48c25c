// One test walks the registry: every rule's metadata is complete and every example is a test.
import { describe, expect, it } from 'vitest';
import { RULES } from './registry';
import { analyseMessage } from './engine';
import { canonicalPhrase } from './phrases';
import { INCOMING_CATEGORIES, OUTGOING_CATEGORIES } from './types';
import { isLearnedRuleId, LEARNED_SOURCE } from './learned/learned-rule';

describe('rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('names the learned model\'s rules so a stored reason says where it came from', () => {
    for (const rule of RULES) expect(isLearnedRuleId(rule.id), rule.id).toBe(rule.source === LEARNED_SOURCE);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('declares what it is and what it rests on', () => {
        expect(rule.description.trim()).not.toBe('');
        expect(rule.description).not.toContain('\n');
        expect(rule.source.trim().length).toBeGreaterThan(10);
        const allowed: readonly string[] = rule.direction === 'incoming' ? INCOMING_CATEGORIES : OUTGOING_CATEGORIES;
        expect(allowed).toContain(rule.category);
        expect(rule.examples.match.length).toBeGreaterThan(0);
        expect(rule.examples.noMatch.length).toBeGreaterThan(0);
      });

      it.each(rule.examples.match)('matches %j', (text) => {
        const reasons = analyseMessage({ direction: rule.direction, text }, [rule]);
        expect(reasons.length).toBeGreaterThan(0);
        for (const r of reasons) expect(text.slice(r.span.start, r.span.end)).toBe(r.span.quote);
      });

      it.each(rule.examples.noMatch)('does not match %j', (text) => {
        expect(analyseMessage({ direction: rule.direction, text }, [rule])).toEqual([]);
      });

      it('has no duplicate phrases', () => {
        for (const [lang, list] of Object.entries(rule.phrases ?? {})) {
          const seen = new Map<string, string>();
          for (const phrase of list) {
            const canonical = canonicalPhrase(phrase);
            expect(seen.get(canonical), `${lang}: "${phrase}" repeats "${seen.get(canonical)}"`).toBeUndefined();
            seen.set(canonical, phrase);
          }
        }
      });
    });
  }
});

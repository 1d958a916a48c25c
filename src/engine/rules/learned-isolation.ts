import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of isolation: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedIsolation = learnedRule({
  id: 'learned-isolation',
  category: 'isolation',
  stage: 'isolation_secrecy',
  description: 'Asks whether you are alone or where your parents are, in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['anyone else home rn', 'so ur by urself all night?', 'ur folks asleep?', 'r u alone in ur room'],
    noMatch: ['im home alone today, bored', 'my parents are at work', 'going home now'],
  },
});

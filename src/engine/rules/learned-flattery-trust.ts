import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of flattery_trust: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedFlatteryTrust = learnedRule({
  id: 'learned-flattery-trust',
  category: 'flattery_trust',
  stage: 'trust',
  description: 'Flatters you or says you are special, in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['ur honestly gorgeous', 'u seem way more mature than other girls', 'ur mature for 13', 'ur really beautiful'],
    noMatch: ['that dress is pretty', 'the sunset was beautiful', 'this game is so cute'],
  },
});

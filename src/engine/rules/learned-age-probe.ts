import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of age_probe: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedAgeProbe = learnedRule({
  id: 'learned-age-probe',
  category: 'age_probe',
  stage: 'risk_assessment',
  description: 'Asks your age or school year in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['so wat grade r u in now', 'r u in middle school or high school', 'wait whats ur age again', 'cuantos años tenes vos', 'what year r u in at school'],
    noMatch: ['how old is ur dog lol', 'what grade did u get on the math test lol', 'my brother is 12', 'ya estoy en casa'],
  },
});

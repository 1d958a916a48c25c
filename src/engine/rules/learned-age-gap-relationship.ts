import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of age_gap_relationship: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedAgeGapRelationship = learnedRule({
  id: 'learned-age-gap-relationship',
  category: 'age_gap_relationship',
  stage: 'trust',
  description: 'Talks about age not mattering or dating someone older, in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['age is just a number', 'would u date an older guy'],
    noMatch: ['my older brother is annoying', 'numbers are hard', 'my grandpa is older than dirt'],
  },
});

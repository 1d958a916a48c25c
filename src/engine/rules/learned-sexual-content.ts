import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of sexual_content: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedSexualContent = learnedRule({
  id: 'learned-sexual-content',
  category: 'sexual_content',
  stage: 'sexualisation',
  description: 'Talks about sex or bodies with you in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  context: 'intimate-topic',
  examples: {
    match: ['have u kissed a guy before', 'have u ever had sex'],
    noMatch: ['he kissed the trophy lol', 'i did it, beat the boss', 'the virgin islands trip was fun'],
  },
});

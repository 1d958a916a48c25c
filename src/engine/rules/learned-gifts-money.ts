import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of gifts_money: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedGiftsMoney = learnedRule({
  id: 'learned-gifts-money',
  category: 'gifts_money',
  stage: 'trust',
  description: 'Offers money, gifts or game currency in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['ill buy u the battle pass if u want', 'ill send u a gift card', 'te regalo diamantes si quieres', 'i can send u robux'],
    noMatch: ['i bought the battle pass myself', 'robux are so expensive', 'gift wrap is in the closet'],
  },
});

import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of secrecy: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedSecrecy = learnedRule({
  id: 'learned-secrecy',
  category: 'secrecy',
  stage: 'isolation_secrecy',
  description: 'Asks you to keep the chat from others in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['this stays between us ok', 'delete our chats after ok', 'no le cuentes a nadie de mi', 'dont mention me to ur mom'],
    noMatch: ['i told my mom about the game', 'secret level unlocked lol', 'dont forget ur homework'],
  },
});

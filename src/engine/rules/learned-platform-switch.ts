import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of platform_switch: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedPlatformSwitch = learnedRule({
  id: 'learned-platform-switch',
  category: 'platform_switch',
  stage: 'isolation_secrecy',
  description: 'Wants to move the chat to another app or a private place, in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['u got snap?', 'pasame tu whatsapp', 'agregame a insta', 'lets talk on telegram', 'add me on snapchat', 'whats ur snap? we can talk there'],
    noMatch: ['snap crackle pop', 'my phone died lol', 'i deleted tiktok'],
  },
});

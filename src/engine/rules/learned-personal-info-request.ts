import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of personal_info_request: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedPersonalInfoRequest = learnedRule({
  id: 'learned-personal-info-request',
  category: 'personal_info_request',
  stage: 'risk_assessment',
  description: 'Asks where you live, your school, your number or your name in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['what part of town do u live in', 'which school do u go to', 'whats ur full name', 'where do u live exactly'],
    noMatch: ['my school is closed tomorrow', 'what time is practice', 'whats the name of that song'],
  },
});

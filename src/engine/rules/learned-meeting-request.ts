import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of meeting_request: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedMeetingRequest = learnedRule({
  id: 'learned-meeting-request',
  category: 'meeting_request',
  stage: 'approach',
  description: 'Wants to meet you or pick you up, in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['we should hang out for real sometime', 'i could come see u this weekend', 'i can pick u up after school', 'nos vemos el sabado en la plaza', 'lets meet up irl sometime'],
    noMatch: ['see u in class tomorrow', 'the mall is so crowded today', 'my mom picks me up at 3'],
  },
});

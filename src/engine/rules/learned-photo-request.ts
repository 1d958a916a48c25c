import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of photo_request: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
export const learnedPhotoRequest = learnedRule({
  id: 'learned-photo-request',
  category: 'photo_request',
  stage: 'sexualisation',
  description: 'Asks for pictures, video or the camera in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['can u turn the cam on', 'pasame una foto tuya', 'show me a pic of u'],
    noMatch: ['nice pic of the sunset', 'i posted the homework photo in the group', 'the camera on my phone broke'],
  },
});

import { phraseRule } from '../rule';

// A stranger's praise for a child's build, drawing, voice or videos is how many grooming chats
// open (Kloess et al. 2019: offenders start with the child's interests and flatter them). Friends
// say it too, so it weighs a little less than flattery about looks and maturity.
export const skillCompliment = phraseRule({
  id: 'skill-compliment',
  category: 'flattery_trust',
  severity: 'notice',
  weight: 0.75,
  direction: 'incoming',
  stage: 'trust',
  description: 'Praises you a lot: your drawings, videos, voice or skills.',
  source: 'Kloess, Hamilton-Giachritsis & Beech (2019): offenders open with the child\'s interests and praise; Whittle et al. (2013), A review of online grooming',
  examples: {
    match: ['bro u cracked at building 🔥', 'ur dance vids are fire 🔥', 'that was fire 🔥', 'ur voice is cute lol', 'ur really good for 13', 'super photogenic', 'ur so talented'],
    noMatch: ['the fire spread to the house', 'my brother is so talented'],
  },
  phrases: {
    en: [
      '(you|your|youre|you are) (really |so |very |)(good|talented|smart|chill) for #minor',
      '(you|youre|your|you are) (so |really |super |actually |literally |)(cracked|talented|photogenic|gifted)',
      '(your|you) * (vids|videos|voice|art|drawings|dances|covers|singing|builds|drawing|fanart|content|pics) (are|is|was|were) (so |really |actually |literally |)(fire|hot|amazing|insane|cute|beautiful|incredible|perfect)',
      '(that|this) (was|is) (so |)(fire|hot) hot',
      '(super|very|so|really) photogenic',
      '(really |so |very |)good for (a|an|your) (#minor|#grade|age)',
      'you (deserve|should have) (way |so much |a lot |)more (followers|views|subs|likes)',
      '(i love|love|we love|loved) your (videos|vids|voice|art|drawings|content|style|page|profile)',
    ],
    es: [
      '(eres|sos) (muy |super |súper |re |)(talentosa|talentoso|buena|bueno|crack)',
      '(tus|sus) (dibujos|videos|fotos|bailes) (son|están|estan) (muy |super |re |)(buenos|buenísimos|buenisimos|brutales|increibles|increíbles|lindos)',
      '(juegas|jugas) mejor que (todos|nadie)',
    ],
  },
});

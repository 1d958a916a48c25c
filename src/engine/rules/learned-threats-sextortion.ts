import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';

// The learned model's reading of threats_sextortion: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A warning on its own, unlike the other
// learned readings: a sextortion threat is the crime itself, often the first message (NCMEC 2024),
// and waiting for a second sign is waiting until the child has paid. Measured: the training sets
// warned on time 0.87 -> 0.90, and no set raised a false alarm more.
export const learnedThreatsSextortion = learnedRule({
  id: 'learned-threats-sextortion',
  category: 'threats_sextortion',
  severity: 'warning',
  stage: 'sexualisation',
  description: 'Threatens to share pictures or demands money or more pictures, in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['pay me or i post ur pics', 'i have ur pics, send money or everyone sees', 'ill send ur pics to all ur followers', 'pagame o subo tus fotos a tu insta', 'send 200 or i post ur pics'],
    noMatch: ['i posted my pics on insta', 'pay me back for the pizza lol', 'i sent everyone the invite'],
  },
});

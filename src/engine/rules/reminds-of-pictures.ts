import type { NormalisedText } from '../normalise';
import { phraseRule, type Rule } from '../rule';

// "remember the pic u sent me last week", "acordate de las fotos que me mandaste": financial
// sextortion often opens by reminding the child of images they sent, or by naming images sent to
// someone else ("i saw the pics u sent ur bf"), before any threat is spelled out (NCMEC 2024;
// Thorn 2022). In the training corpora no family or friend wrote it; a grandmother's "remember
// the pic u sent me of the puppy" names what it shows, and that is left alone (below).
const rule = phraseRule({
  id: 'reminds-of-pictures',
  category: 'threats_sextortion',
  severity: 'warning',
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Reminds you of pictures you sent: that is how sextortion often begins.',
  source: 'NCMEC (2024), The Growing Concerns of Sextortion; Thorn (2022), Sextortion: findings from a survey of 1,200 young people',
  examples: {
    match: ['hey. remember the pic u sent me last week', 'u saw wat u sent me right', 'remember what u sent me in march', 'acordate de las fotos que me mandaste', 'te acuerdas de las fotos que me mandaste anoche?', 'i saw the pics u sent ur bf 👀', 'he sold me the pics u sent him', 'so about those pics you sent me...'],
    noMatch: ['remember the pic u sent me of ur puppy? so cute', 'te acuerdas de las fotos que me mandaste del viaje', 'did u get the pics i sent u', 'remember to send me the pics from the game', 'i saw the pics u posted from the beach'],
  },
  phrases: {
    en: [
      '(remember|u remember|you remember|recall|about|saw|so about) (the|those|that) (pic|pics|photo|photos|picture|pictures|video|vid|videos|selfie|selfies|snap|snaps) (you|u) sent',
      '(remember|u remember|you remember|saw|you saw|u saw|about) (what|wat) (you|u) sent (me|him|her|them)',
      '(the|those|your|ur) (pics|photos|pictures|nudes|videos|vids) (you|u) sent (him|her|them|your|ur)',
    ],
    es: [
      '(te acuerdas de|acordate de|te acordas de|recuerdas|sobre) (las|esas|la|esa|el|ese|los|esos) (fotos|foto|video|videos|vídeo|vídeos) (que|q) (me|le|les) (mandaste|enviaste|pasaste)',
      '(te acuerdas de|acordate de|te acordas de|recuerdas) lo (que|q) me (mandaste|enviaste|pasaste)',
      '(las|esas|tus) (fotos|videos|vídeos) (que|q) le (mandaste|enviaste|pasaste) a',
    ],
  },
});

/** What the pictures showed, named just after: "...u sent me of ur puppy", "...del viaje". */
const SAYS_WHAT_THEY_SHOW = /^ (?:me |him |her |them )?(?:of|from|at|for|del|de la|de los|de las|de tu|de el|en la|en el)(?![\p{L}\p{N}])/u;

export const remindsOfPictures: Rule = {
  ...rule,
  find: (text: NormalisedText) => rule.find(text).filter(([, end]) => !SAYS_WHAT_THEY_SHOW.test(text.normal.slice(end, end + 12))),
};

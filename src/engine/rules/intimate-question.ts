import { phraseRule } from '../rule';

// Questions about kissing, dating experience and the child's body that come before openly sexual
// talk: desensitisation, the "sexual stage" of grooming starting softly (O'Connell 2003; Winters
// & Jeglic 2017). Teens ask each other these too, so one weighs as a strong notice, not a warning.
export const intimateQuestion = phraseRule({
  id: 'intimate-question',
  category: 'sexual_content',
  severity: 'notice',
  weight: 1.5,
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Asks about kissing, your body or things you have done with someone.',
  source: "O'Connell (2003), A typology of child cybersexploitation and online grooming practices (sexual stage); Winters & Jeglic (2017), Stages of sexual grooming",
  examples: {
    match: ['have u ever been kissed', 'u ever kissed a boy?', 'do u shave ur legs yet', 'r u developed yet', 'what do u wear to bed', 'ya te han besado?', 'has besado a alguien?'],
    noMatch: ['i kissed my dog lol', 'what do u wear to the dance', 'did u shave the cat'],
  },
  phrases: {
    en: [
      '(have you|you|did you) ever (been kissed|kissed (a|anyone|someone|a boy|a girl|a guy)|french kissed|been touched)',
      '(have you|you|did you) (kissed|kiss) (a|anyone|someone|a boy|a girl|a guy) (yet|before)',
      '(do|did|have) (you|u) (shave|shaved) (down there|your legs|there|yet)',
      '(are you|r u|you) (developed|fully developed|hairy) (yet|down there)',
      'what (do you|you) (wear|sleep in) (to bed|at night|when you sleep)',
      '(what|which) do you sleep in',
      '(how big|what size) (are|is) (your|ur) (boobs|chest|breasts)',
    ],
    es: [
      '(ya te han besado|alguna vez te han besado|has besado a alguien|ya besaste|besaste a alguien|ya diste tu primer beso)',
      '(te depilas|te rasuras)',
      '(con que|con qué) (duermes|dormis|dormís)',
      '(que|qué) (talla|tamaño) (de |)(brasier|sujetador|sosten|sostén)',
    ],
  },
});

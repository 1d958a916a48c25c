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
    match: ['has hecho algo con algun chico ya', 'pero ya has dado besos verdad', 'oye y tu cuerpo ya se esta desarrollando', 'ya te has tocado alguna vez', 'u ever hook up w ne1', 'have u ever been kissed', 'u ever kissed a boy?', 'do u shave ur legs yet', 'r u developed yet', 'what do u wear to bed', 'ya te han besado?', 'has besado a alguien?'],
    noMatch: ['i kissed my dog lol', 'what do u wear to the dance', 'did u shave the cat'],
  },
  phrases: {
    en: [
      '(you|u|have you|did you) ever (hook|hooked) up',
      '(have you|you|u) (ever |)(been with|slept with) (a guy|a boy|a girl|anyone|someone|a man)',
      '(is|has) (your|ur) body (developing|changing|started changing|started developing)',
      '(have you|you|did you) ever (been kissed|kissed (a|anyone|someone|a boy|a girl|a guy)|french kissed|been touched)',
      '(have you|you|did you) (kissed|kiss) (a|anyone|someone|a boy|a girl|a guy) (yet|before)',
      '(do|did|have) (you|u) (shave|shaved) (down there|your legs|there|yet)',
      '(are you|r u|you) (developed|fully developed|hairy) (yet|down there)',
      'what (do you|you) (wear|sleep in) (to bed|at night|when you sleep)',
      '(what|which) do you sleep in',
      '(how big|what size) (are|is) (your|ur) (boobs|chest|breasts)',
    ],
    es: [
      '(has|ya has|alguna vez has) hecho (algo|cosas) con (algun|algún|un|una|alguna) (chico|chica|niño|hombre|novio|muchacho)',
      '(ya has|has|alguna vez has) dado (besos|un beso|tu primer beso)',
      '(ya te has|te has) tocado',
      'tu cuerpo (ya |)(se esta|se está|esta|está) (desarrollando|cambiando)',
      '(ya te han besado|alguna vez te han besado|has besado a alguien|ya besaste|besaste a alguien|ya diste tu primer beso)',
      '(te depilas|te rasuras)',
      '(con que|con qué) (duermes|dormis|dormís)',
      '(que|qué) (talla|tamaño) (de |)(brasier|sujetador|sosten|sostén)',
    ],
  },
});

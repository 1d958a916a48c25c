import { phraseRule } from '../rule';

// "Have you ever kissed anyone?" from an adult probes sexual experience (early sexualisation,
// O'Connell 2003); from a best friend in truth-or-dare it is just gossip. So it is a notice: it
// counts with the person's other signs instead of warning alone.
export const romanticQuestion = phraseRule({
  id: 'romantic-question',
  category: 'sexual_content',
  severity: 'notice',
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Asks about kissing or your romantic experience.',
  source: "O'Connell (2003), A typology of child cybersexploitation and online grooming practices (sexual stage begins with questions about experience)",
  examples: {
    match: ['u got a bf yet?', 'ya tienes novio?', 'ya hiciste algo con el?', 'have u ever kissed anyone?', 'have u kissed anyone', 'u guys do anything? kiss n stuff', 'have u ever kissed a girl?', 'i could teach u lol', 'alguna vez besaste a alguien?'],
    noMatch: ['do u have a boyfriend for the project', 'my mom kissed me goodnight', 'can u teach me the trick'],
  },
  phrases: {
    en: ['(have you|you|did you) ever (kissed|been kissed|kiss)', '(have you|did you) (kissed|kiss) (anyone|anybody|someone|a boy|a girl|a guy)', 'kiss (and|n) stuff', 'ever been kissed', 'i (could|can|will|would) teach you (lol|haha|a few things|some things|things|everything|a lot|stuff)', '(first|1st) kiss', '(do you|you|u) (have|got) a (boyfriend|girlfriend|crush) (yet|rn|right now|tho|or)'],
    es: ['(alguna vez |ya |)(besaste|has besado|te han besado) a', '(te puedo|yo te puedo|te podria) enseñar', '(ya |)(tienes|tenes|tenés|tenis|teni) (novio|novia)', '(le has hecho|hiciste algo con|has hecho algo con|ya hiciste algo con) (cosas|algo|el|él|ella)'],
  },
});

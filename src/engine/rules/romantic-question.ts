import { phraseFinder } from '../phrases';
import { phraseRule, type Rule } from '../rule';

// "Have you ever kissed anyone?" from an adult probes sexual experience (early sexualisation,
// O'Connell 2003); from a best friend in truth-or-dare it is just gossip. So it is a notice: it
// counts with the person's other signs instead of warning alone.
const asked = phraseRule({
  id: 'romantic-question',
  category: 'sexual_content',
  severity: 'notice',
  direction: 'incoming',
  stage: 'sexualisation',
  description: 'Asks about kissing or your romantic experience.',
  source: "O'Connell (2003), A typology of child cybersexploitation and online grooming practices (sexual stage begins with questions about experience)",
  examples: {
    match: ['u have a bf?', 'im 20 m. u got a gf?', 'u got a bf yet?', 'ya tienes novio?', 'ya hiciste algo con el?', 'have u ever kissed anyone?', 'have u kissed anyone', 'u guys do anything? kiss n stuff', 'have u ever kissed a girl?', 'i could teach u lol', 'alguna vez besaste a alguien?'],
    noMatch: ['do u have a boyfriend for the project', 'my mom kissed me goodnight', 'can u teach me the trick', 'do u have a girlfriend costume i can borrow?', 'my sister has a boyfriend?? since when'],
  },
  phrases: {
    en: ['(have you|you|did you) ever (kissed|been kissed|kiss)', '(have you|did you) (kissed|kiss) (anyone|anybody|someone|a boy|a girl|a guy)', 'kiss (and|n) stuff', 'ever been kissed', 'i (could|can|will|would) teach you (lol|haha|a few things|some things|things|everything|a lot|stuff)', '(first|1st) kiss', '(do you|you|u) (have|got) a (boyfriend|girlfriend|crush) (yet|rn|right now|tho|or)'],
    es: ['(alguna vez |ya |)(besaste|has besado|te han besado) a', '(te puedo|yo te puedo|te podria) enseñar', '(ya |)(tienes|tenes|tenés|tenis|teni) (novio|novia)', '(le has hecho|hiciste algo con|has hecho algo con|ya hiciste algo con) (cosas|algo|el|él|ella)'],
  },
});

/**
 * "u have a bf?", the bare question: only when the question ends there, not "do u have a
 * boyfriend for the project" nor a costume to lend.
 */
const bareQuestion = phraseFinder({ en: ['(do you|you) (have|got) a (boyfriend|girlfriend)'], es: [] });
const ENDS_QUESTION = /^ ?(?:\?|$)/u;

export const romanticQuestion: Rule = {
  ...asked,
  find: (text) => {
    const spans = asked.find(text);
    for (const span of bareQuestion(text.normal)) if (ENDS_QUESTION.test(text.normal.slice(span[1], span[1] + 2)) && !spans.some(([s]) => s === span[0])) spans.push(span);
    return spans;
  },
};

import { phraseRule } from '../rule';
import type { PhraseList } from '../phrases';

// Asking a child's age is often the first move: offenders check within minutes whether the
// contact is young enough to target (risk assessment in O'Connell's stages).
const phrases: PhraseList = {
  en: [
    'how old {are} {you}',
    'how old {you}',
    'whats {your} age',
    'what is {your} age',
    'what age {are} {you}',
    'asl',
    'a/s/l',
    'a s l',
    'what grade {are} {you} in',
    'what grade {are} {you}',
    'what year {are} {you} in',
    '{are} {you} in middle school',
    '{are} {you} in high school',
    'when were {you} born',
  ],
  es: [
    'cuántos años tienes',
    'cuantos años tienes',
    'cuantos anos tienes',
    'cuántos años tenés',
    'cuantos años tenes',
    'qué edad tienes',
    'que edad tienes',
    'en qué grado estás',
    'en que grado estas',
    'en qué curso estás',
    'en que curso estas',
    'cuándo naciste',
    'cuando naciste',
  ],
};

export const ageProbe = phraseRule({
  id: 'age-probe',
  category: 'age_probe',
  severity: 'notice',
  direction: 'incoming',
  stage: 'risk_assessment',
  description: 'Asks how old you are or what grade you are in.',
  source:
    "O'Connell (2003), A typology of child cybersexploitation and online grooming practices: the risk-assessment stage; Thorn (2022), Online grooming: examining risky encounters",
  examples: {
    match: ['how old r u btw?', 'hey asl', 'What grade are you in?', '¿Cuántos años tienes?', 'how ol\u200Bd are you'],
    noMatch: ['how old is your brother', 'my dad is so old lol', 'the aslan statue', '¿cuántos años tiene tu perro?'],
  },
  phrases,
});

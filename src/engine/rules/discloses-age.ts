import type { Rule } from '../rule';
import { phraseFinder, findAll, wordAlternation } from '../phrases';

// The child states an age or a grade under 18. Telling a stranger you are 12 is what lets an
// offender tailor the grooming (Kloess et al. 2019), and it makes their later messages a crime in
// many countries; it is the child's own risky reply, weighed against who asked.
const find = phraseFinder({
  en: [
    '(im|i am|iam|i m|just turned|turning|turned|only) #minor',
    '#minor (years old|yrs old|yo|y o|year old|and a half)',
    
    '#minor (f|m|girl|boy)',
    '(f|m|girl|boy|female|male) #minor',
    '#grade (grade|grader)',
    '(in|im in|i am in|going into|starting) #grade',
    '(im in|i am in|in) (middle school|elementary|elementary school|junior high|primary school|year #minor|grade #minor)',
    '(i was|when i was) #minor (when|and)',
  ],
  es: [
    '(tengo|tengo solo|tengo sólo|solo tengo|cumplo|cumpli|cumplí) #minor',
    '#minor (años|anos|añitos)',
    '(voy a|estoy en|voy en|en|hago) #curso',
  ],
});
/** "13", "ya 15", "12!!", "14 lol", "9th": a reply that is only an age or a grade. */
const BEFORE = wordAlternation(['ya', 'yeah', 'yes', 'yep', 'si', 'im', 'i am', 'um', 'uh', 'ok', 'lol', 'just', 'only', 'like', 'hmm', 'mmm', 'umm', 'eh', 'oh', 'just turned']);
// "14 sí", "13 yeah": the guess confirmed ("cuántos tienes, 14?").
const AFTER = wordAlternation(['lol', 'lmao', 'haha', 'jaja', 'f', 'm', 'too', 'tho', 'why', 'wbu', 'hbu', 'and you', 'y tu', 'you', 'y vos', 'years', 'años', 'anos', 'grade', 'male', 'female', 'girl', 'boy', 'usa', 'uk', 'si', 'yes', 'yeah', 'yep', 'ya', 'right', 'exactly', 'exacto', 'now', 'rn', 'btw', 'actually']);
const BARE_AGE = new RegExp(`^(?:${BEFORE}[ ,]+)*(?:[5-9]|1[0-7])(?:st|nd|rd|th)?(?:[ ,]*(?:${AFTER}|[!?.]+))*[!?.]*$`, 'u');
const ORDINAL_GRADE = /(?<![\p{L}\p{N}])(?:[5-9]|1[0-2])(?:st|nd|rd|th)(?![\p{L}\p{N}])/gu;

/**
 * "do u remember the field trip in 5th grade", "when i was 10": a grade or an age the child had,
 * not the one they have now (holdout26's best friends reminisce a lot).
 */
const PAST = new RegExp(`(?<![\\p{L}\\p{N}])${wordAlternation(['remember', 'back in', 'back when', 'when i was', 'when we were', 'used to', 'last year', 'since', 'cuando estaba', 'cuando era', 'cuando iba', 'te acordas', 'te acuerdas', 'te acordai'])}(?![\\p{L}\\p{N}])`, 'u');

export const disclosesAge: Rule = {
  id: 'discloses-age',
  category: 'discloses_age',
  severity: 'notice',
  direction: 'outgoing',
  stage: 'risk_assessment',
  description: 'You said how old you are, or your grade.',
  source: 'Kloess, Hamilton-Giachritsis & Beech (2019), Offense processes of online sexual grooming: offenders adapt once the child states an age',
  examples: {
    match: ['f 13', '13', 'ya 15', '14 sí', '13 yeah', '14 f usa', 'im 12', '12, 7th grade', '8th', 'i dont have 300 dollars im 15', 'tengo 15 años', '13, voy a 2º de la ESO', 'im 12 but turning 13 in june'],
    noMatch: ['do u remember the field trip in 5th grade', 'when i was 10 i had a hamster', '3 weeks', 'i have like 20', 'pages 42 to 45', 'my brother is 17', 'see u at 4', 'im 2 lazy', 'no tengo 200 euros'],
  },
  find(text) {
    const normal = text.normal;
    if (BARE_AGE.test(normal)) return [[0, normal.length]];
    const spans = find(normal);
    // "12, 7th grade" and "9th too": an ordinal grade in a short reply is a grade.
    if (spans.length === 0 && normal.length <= 24) spans.push(...findAll(ORDINAL_GRADE, normal));
    if (spans.length === 0 || !PAST.test(normal)) return spans;
    return spans.filter(([start]) => !PAST.test(normal.slice(0, start)));
  },
};

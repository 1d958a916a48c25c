import { learnedRule, LEARNED_SOURCE } from '../learned/learned-rule';
import type { NormalisedText } from '../normalise';
import type { Rule } from '../rule';
import { asksSomeoneElsesAge } from './age-probe';

// The learned model's reading of age_probe: the same move as the phrase rules of this category, in
// wording nobody wrote down (learned/signal-model.ts). A notice that adds up with other signs.
const rule = learnedRule({
  id: 'learned-age-probe',
  category: 'age_probe',
  stage: 'risk_assessment',
  description: 'Asks your age or school year in words of its own (the learned model).',
  source: LEARNED_SOURCE,
  examples: {
    match: ['so wat grade r u in now', 'r u in middle school or high school', 'wait whats ur age again', 'cuantos años tenes vos', 'what year r u in at school'],
    noMatch: ['how old is ur dog lol', 'what grade did u get on the math test lol', 'my brother is 12', 'ya estoy en casa'],
  },
});

/**
 * "what grade did u get on the math test", "qué nota sacaste": a mark, not a school year. The model
 * learned "what grade" as the question itself (session 11's first-minutes corpus asks it often).
 */
const ASKS_ABOUT_A_MARK = /\b(grade|grades|mark|marks|score) (did|do|will) you (get|got)\b|\b(grade|mark|score) (on|in|for) (the|your|that|this|my|his|her) (test|quiz|exam|essay|project|assignment|paper|homework|final|midterm)|\b(nota|notas) (sacaste|te sacaste|te pusieron|tuviste)\b/u;

export const learnedAgeProbe: Rule = {
  ...rule,
  examples: {
    match: rule.examples.match,
    noMatch: [...rule.examples.noMatch, 'how old is ur friend ava again? her brother is in my bio class lol', 'cuántos años tiene el primo del diego', 'what grade is ur sister in', 'what grade did u get in science', 'qué nota sacaste en mate?'],
  },
  // The model learned "how old" and "cuántos años" as the move itself (see age-probe.ts).
  find: (text: NormalisedText) => {
    const spans = rule.find(text);
    return spans.length > 0 && (asksSomeoneElsesAge(text.normal) || ASKS_ABOUT_A_MARK.test(text.normal)) ? [] : spans;
  },
};

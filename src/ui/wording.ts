// Plain words for a 9-16-year-old, shared by the in-page prompt and the popup. What the other
// person did, said without blame; the child did nothing wrong (NSPCC and Thorn guidance: name
// the behaviour, reassure, point to a trusted adult). The words are UI text in
// src/locales/<lang>/wording.json, read through t() when asked for (not when this file loads), so
// they follow the browser's language and tests can check both languages.
import type { Category, Level } from '../engine/types';
import type { AgeBand } from '../policy/policy';
import { t } from './i18n';

/** The child's own risky replies: said as "You …", not as something the other person did. */
const CHILD_CATEGORIES: ReadonlySet<Category> = new Set(['discloses_personal_info', 'discloses_age', 'agrees_to_meet', 'agrees_to_secrecy']);

/** "asked how old you are": finishes "<name> …" (or "You …" for the child's own replies). */
const WHAT_HAPPENED: Record<Category, () => string> = {
  age_probe: () => t('wording_did_age_probe'),
  personal_info_request: () => t('wording_did_personal_info_request'),
  secrecy: () => t('wording_did_secrecy'),
  isolation: () => t('wording_did_isolation'),
  photo_request: () => t('wording_did_photo_request'),
  sexual_content: () => t('wording_did_sexual_content'),
  meeting_request: () => t('wording_did_meeting_request'),
  platform_switch: () => t('wording_did_platform_switch'),
  gifts_money: () => t('wording_did_gifts_money'),
  flattery_trust: () => t('wording_did_flattery_trust'),
  age_gap_relationship: () => t('wording_did_age_gap_relationship'),
  threats_sextortion: () => t('wording_did_threats_sextortion'),
  discloses_personal_info: () => t('wording_you_discloses_personal_info'),
  discloses_age: () => t('wording_you_discloses_age'),
  agrees_to_meet: () => t('wording_you_agrees_to_meet'),
  agrees_to_secrecy: () => t('wording_you_agrees_to_secrecy'),
};

const LABEL: Record<Category, () => string> = {
  age_probe: () => t('wording_label_age_probe'),
  personal_info_request: () => t('wording_label_personal_info_request'),
  secrecy: () => t('wording_label_secrecy'),
  isolation: () => t('wording_label_isolation'),
  photo_request: () => t('wording_label_photo_request'),
  sexual_content: () => t('wording_label_sexual_content'),
  meeting_request: () => t('wording_label_meeting_request'),
  platform_switch: () => t('wording_label_platform_switch'),
  gifts_money: () => t('wording_label_gifts_money'),
  flattery_trust: () => t('wording_label_flattery_trust'),
  age_gap_relationship: () => t('wording_label_age_gap_relationship'),
  threats_sextortion: () => t('wording_label_threats_sextortion'),
  discloses_personal_info: () => t('wording_label_discloses_personal_info'),
  discloses_age: () => t('wording_label_discloses_age'),
  agrees_to_meet: () => t('wording_label_agrees_to_meet'),
  agrees_to_secrecy: () => t('wording_label_agrees_to_secrecy'),
};

const LEVEL: Record<Level, () => string> = {
  none: () => t('wording_level_none'),
  notice: () => t('wording_level_notice'),
  warning: () => t('wording_level_warning'),
  danger: () => t('wording_level_danger'),
};

/** Short label for a list of what was noticed ("Asked your age"). */
export const categoryLabel = (category: Category): string => LABEL[category]();

/** "Warning", "Serious warning"… */
export const levelLabel = (level: Level): string => LEVEL[level]();

/** "a, b and c" in the UI language. */
function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return t('wording_list_and', [parts.slice(0, -1).join(', '), parts[parts.length - 1] ?? '']);
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * What happened, in one or two sentences: "kai asked how old you are and asked you to keep your
 * chat secret." The child's own replies get a sentence of their own ("You told them your age."),
 * so they never read as something the other person did.
 */
export function whatWeNoticed(name: string, categories: readonly Category[]): string {
  const unique = [...new Set(categories)];
  const theirs = unique.filter((c) => !CHILD_CATEGORIES.has(c)).map((c) => WHAT_HAPPENED[c]());
  const yours = unique.filter((c) => CHILD_CATEGORIES.has(c)).map((c) => WHAT_HAPPENED[c]());
  const sentences: string[] = [];
  if (theirs.length > 0) sentences.push(t('wording_they_sentence', [name.trim() || t('wording_this_person'), joinAnd(theirs)]));
  if (yours.length > 0) sentences.push(capitalise(t('wording_you_sentence', joinAnd(yours))));
  return sentences.join(' ');
}

/** Why it matters, and that the child did nothing wrong. */
/** Why it matters, worded for the child's age band: simpler under 13, more direct at 16–17. */
export const whyItMatters = (ageBand?: AgeBand): string =>
  ageBand === 'under-13' ? t('wording_why_it_matters_under_13') : ageBand === '16-17' ? t('wording_why_it_matters_16_17') : t('wording_why_it_matters');

/**
 * What the child can do, most important first. The prompt points to the popup for helplines;
 * the popup, where the numbers are, says they are below.
 */
export function whatToDo(where: 'prompt' | 'popup' = 'prompt'): string[] {
  return [
    t('wording_todo_trusted_adult'),
    t('wording_todo_no_pictures'),
    t('wording_todo_block_report'),
    where === 'popup' ? t('wording_todo_helpline_popup') : t('wording_todo_helpline_prompt'),
  ];
}

/** The language these words are in ("en", "es"): the browser's, or English where we have no words in it. For lang="…". */
export const wordingLanguage = (): string => t('wording_language');

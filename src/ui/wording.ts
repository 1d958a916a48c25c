// Plain words for a 9-16-year-old, shared by the in-page prompt and the popup. What the other
// person did, said without blame; the child did nothing wrong (NSPCC and Thorn guidance: name
// the behaviour, reassure, point to a trusted adult).
import type { Category, Level } from '../engine/engine';

/** "kai asked how old you are": finishes the sentence "<name> …". */
const WHAT_THEY_DID: Record<Category, string> = {
  age_probe: 'asked how old you are',
  personal_info_request: 'asked where you live or other private details',
  secrecy: 'asked you to keep your chat secret',
  isolation: 'asked whether you are alone or tried to come between you and your family',
  photo_request: 'asked you for pictures or video',
  sexual_content: 'said sexual things to you',
  meeting_request: 'asked to meet you in person',
  platform_switch: 'asked you to move to another app',
  gifts_money: 'offered you gifts or money',
  flattery_trust: 'said things to make you trust them fast',
  age_gap_relationship: 'talked about a relationship with someone much older',
  threats_sextortion: 'threatened you',
  discloses_personal_info: 'were about to share private details',
  discloses_age: 'shared your age',
  agrees_to_meet: 'agreed to meet',
  agrees_to_secrecy: 'agreed to keep a secret',
};

/** Short labels for lists (popup). */
export const CATEGORY_LABEL: Record<Category, string> = {
  age_probe: 'Asked your age',
  personal_info_request: 'Asked for private details',
  secrecy: 'Asked for secrecy',
  isolation: 'Tried to isolate you',
  photo_request: 'Asked for pictures',
  sexual_content: 'Sexual messages',
  meeting_request: 'Asked to meet',
  platform_switch: 'Asked to switch apps',
  gifts_money: 'Offered gifts or money',
  flattery_trust: 'Flattery',
  age_gap_relationship: 'Talked about an older relationship',
  threats_sextortion: 'Threats',
  discloses_personal_info: 'You shared private details',
  discloses_age: 'You shared your age',
  agrees_to_meet: 'You agreed to meet',
  agrees_to_secrecy: 'You agreed to a secret',
};

export const LEVEL_LABEL: Record<Level, string> = {
  none: 'All clear',
  notice: 'Something to keep an eye on',
  warning: 'Warning',
  danger: 'Serious warning',
};

const joinAnd = (parts: string[]) =>
  parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;

/** One sentence: "kai asked how old you are and asked you to keep your chat secret." */
export function whatWeNoticed(name: string, categories: readonly Category[]): string {
  const who = name.trim() || 'This person';
  return `${who} ${joinAnd([...new Set(categories)].map((c) => WHAT_THEY_DID[c]))}.`;
}

export const WHY_IT_MATTERS =
  'People who want to harm young people often do this, step by step, to get close and keep it hidden. You have not done anything wrong.';

export const WHAT_TO_DO: readonly string[] = [
  'Talk to a parent or another adult you trust. You will not be in trouble.',
  "Don't send pictures, and don't share where you live or go to school.",
  'You can block and report this person on this site.',
  'Open Heads Up from your browser toolbar to see this warning again.',
];

// Words for the parent: levels and categories said about the child in the third person (the
// child's own wording lives in src/ui/wording.ts). Every t() key is a literal, so i18n.test.ts
// checks that it exists in both languages, and the Record types make sure no level or category
// is left without a label.
import type { Category, Level } from '../engine/types';
import { t } from '../ui/i18n';

const LEVELS: Record<Level, () => string> = {
  none: () => t('parent_level_none'),
  notice: () => t('parent_level_notice'),
  warning: () => t('parent_level_warning'),
  danger: () => t('parent_level_danger'),
};

const CATEGORIES: Record<Category, () => string> = {
  age_probe: () => t('parent_category_age_probe'),
  personal_info_request: () => t('parent_category_personal_info_request'),
  secrecy: () => t('parent_category_secrecy'),
  isolation: () => t('parent_category_isolation'),
  photo_request: () => t('parent_category_photo_request'),
  sexual_content: () => t('parent_category_sexual_content'),
  meeting_request: () => t('parent_category_meeting_request'),
  platform_switch: () => t('parent_category_platform_switch'),
  gifts_money: () => t('parent_category_gifts_money'),
  flattery_trust: () => t('parent_category_flattery_trust'),
  age_gap_relationship: () => t('parent_category_age_gap_relationship'),
  threats_sextortion: () => t('parent_category_threats_sextortion'),
  discloses_personal_info: () => t('parent_category_discloses_personal_info'),
  discloses_age: () => t('parent_category_discloses_age'),
  agrees_to_meet: () => t('parent_category_agrees_to_meet'),
  agrees_to_secrecy: () => t('parent_category_agrees_to_secrecy'),
};

export const levelLabel = (level: Level): string => LEVELS[level]();

/** A stored category the build does not know (an older or newer version) is shown as it is. */
export function categoryLabel(category: string): string {
  return Object.hasOwn(CATEGORIES, category) ? CATEGORIES[category as Category]() : category;
}

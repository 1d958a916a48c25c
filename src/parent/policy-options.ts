// The choices of the policy editor, with a line each on what they mean for the child.
import type { AgeBand, Sensitivity, WatchedSites } from '../policy/policy';
import { t } from '../ui/i18n';
import type { ChoiceOption } from './PolicyFields';

export function policyOptions(): { sensitivity: ChoiceOption<Sensitivity>[]; watchedSites: ChoiceOption<WatchedSites>[]; ageBand: ChoiceOption<AgeBand>[] } {
  return {
    sensitivity: [
      { value: 'relaxed', label: t('parent_sensitivity_relaxed'), hint: t('parent_sensitivity_relaxed_hint') },
      { value: 'balanced', label: t('parent_sensitivity_balanced'), hint: t('parent_sensitivity_balanced_hint') },
      { value: 'strict', label: t('parent_sensitivity_strict'), hint: t('parent_sensitivity_strict_hint') },
    ],
    watchedSites: [
      { value: 'chat-sites', label: t('parent_sites_chat'), hint: t('parent_sites_chat_hint') },
      { value: 'all-sites', label: t('parent_sites_all'), hint: t('parent_sites_all_hint') },
    ],
    ageBand: [
      { value: 'under-13', label: t('parent_age_under_13') },
      { value: '13-15', label: t('parent_age_13_15') },
      { value: '16-17', label: t('parent_age_16_17') },
    ],
  };
}

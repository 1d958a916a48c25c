// What a rule noticed, in the reader's language. The engine's own descriptions are English (it is
// pure and has no i18n); the pages that show stored reasons read them through browser.i18n by rule
// id (src/locales/<lang>/rules.json), falling back to the stored English text for reasons that no
// rule file names (the child's one-word replies) or that an older version stored.
import { t } from './i18n';

export function ruleText(ruleId: string, storedDescription: string): string {
  const key = `rule_${ruleId.replace(/-/gu, '_')}`;
  const text = t(key);
  return text === key ? storedDescription : text;
}

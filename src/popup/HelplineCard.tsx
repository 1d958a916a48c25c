import type { HelplineForChild } from '../help/helplines';
import { t, uiLanguage } from '../ui/i18n';

function languageNames(codes: readonly string[]): string {
  try {
    const names = new Intl.DisplayNames([uiLanguage(), 'en'], { type: 'language' });
    return codes.map((code) => names.of(code) ?? code).join(', ');
  } catch {
    return codes.join(', ');
  }
}

/**
 * One helpline: who they are, what they are for, and how to reach them. Numbers and addresses
 * are plain text to dial or type: Heads Up opens nothing and requests nothing.
 */
export function HelplineCard({ helpline, large = false }: { helpline: HelplineForChild; large?: boolean }) {
  const { sms } = helpline;
  return (
    <li class={`helpline ${large ? 'helpline--large' : ''}`} data-testid="helpline">
      <p class="helpline__name">
        {helpline.name}
        {helpline.forGrownUps && <span class="helpline__tag">{t('help_for_grownups')}</span>}
      </p>
      {(helpline.phones ?? []).length > 0 && (
        <p class="helpline__phones">
          {(helpline.phones ?? []).map((phone) => (
            <span key={phone} class="helpline__phone" data-testid="helpline-phone">
              {phone}
            </span>
          ))}
        </p>
      )}
      {sms && <p class="helpline__way">{sms.word ? t('help_sms_word', [sms.word, sms.to]) : t('help_sms', sms.to)}</p>}
      {helpline.url && <p class="helpline__way">{t('help_website', helpline.url)}</p>}
      <p class="helpline__purpose">{helpline.purpose}</p>
      {!helpline.speaksYourLanguage && helpline.languages.length > 0 && (
        <p class="helpline__lang">{t('help_answers_in', languageNames(helpline.languages))}</p>
      )}
    </li>
  );
}

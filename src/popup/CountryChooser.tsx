import { t, uiLanguage } from '../ui/i18n';
import { countryOptions, OTHER_COUNTRY } from './country';

/** A small chooser: the helplines follow the country the child picks. */
export function CountryChooser({ country, onChange }: { country: string; onChange: (country: string) => void }) {
  const language = uiLanguage();
  return (
    <p class="country">
      <label for="country">{t('popup_country_label')}</label>{' '}
      <select id="country" value={country} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {countryOptions(language, country).map((option) => (
          <option key={option.code} value={option.code}>
            {option.name}
          </option>
        ))}
        <option value={OTHER_COUNTRY}>{t('popup_country_other')}</option>
      </select>
    </p>
  );
}

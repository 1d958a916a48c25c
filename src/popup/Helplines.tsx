import { helplinesFor } from '../help/helplines';
import { t, uiLanguage } from '../ui/i18n';
import { OTHER_COUNTRY } from './country';
import { CountryChooser } from './CountryChooser';
import { HelplineCard } from './HelplineCard';

/** Helplines for the chosen country, in the child's language first. */
export function Helplines({ country, onCountryChange }: { country: string; onCountryChange: (country: string) => void }) {
  const helplines = helplinesFor(country, uiLanguage());
  return (
    <section aria-labelledby="helplines" class="popup__helplines" data-testid="helplines">
      <h2 id="helplines">{t('popup_helplines_title')}</h2>
      <p class="popup__muted">{t('popup_helplines_intro')}</p>
      <CountryChooser country={country} onChange={onCountryChange} />
      {country === OTHER_COUNTRY && <p class="popup__muted">{t('popup_helplines_choose')}</p>}
      <ul class="helplines">
        {helplines.map((h) => (
          <HelplineCard key={h.name} helpline={h} />
        ))}
      </ul>
    </section>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import { helpNowFor } from '../help/help-now';
import { t, uiLanguage } from '../ui/i18n';
import { HelplineCard } from './HelplineCard';

/** "If you are in danger right now, call 999 or 112." */
function Emergency({ numbers }: { numbers: readonly string[] }) {
  if (numbers.length === 0) return <p class="danger-line" data-testid="emergency">{t('popup_help_danger_unknown')}</p>;
  return (
    <p class="danger-line" data-testid="emergency">
      {t('popup_help_danger')}{' '}
      {numbers.map((n, i) => (
        <span key={n}>
          {i > 0 && ` ${t('popup_help_or')} `}
          <strong class="danger-line__number">{n}</strong>
        </span>
      ))}
    </p>
  );
}

/**
 * The "I need help now" panel: who to call right now (numbers large), the emergency number, and
 * three steps (Thorn and NCMEC sextortion guidance: stop replying, keep the evidence but never
 * copy a nude image, tell a trusted adult). It opens nothing and requests nothing.
 */
export function HelpNowPanel({ country, onBack }: { country: string; onBack: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel replaces the popup's content: move focus to it, so a screen reader starts here.
  useEffect(() => heading.current?.focus(), []);
  const { callNow, emergency } = helpNowFor(country, uiLanguage());
  return (
    <section class="help-now" aria-labelledby="help-now-title" data-testid="help-now-panel" onKeyDown={(e) => e.key === 'Escape' && onBack()}>
      <h2 id="help-now-title" ref={heading} tabIndex={-1}>
        {t('popup_help_title')}
      </h2>
      <p class="help-now__calm">{t('popup_help_not_alone')}</p>
      <Emergency numbers={emergency} />
      <h3>{t('popup_help_call_title')}</h3>
      {callNow.length > 0 ? (
        <ul class="helplines">
          {callNow.map((h) => (
            <HelplineCard key={h.name} helpline={h} large />
          ))}
        </ul>
      ) : (
        <p>{t('popup_help_no_line')}</p>
      )}
      <h3>{t('popup_help_steps_title')}</h3>
      <ol class="help-now__steps">
        <li>{t('popup_help_step_stop')}</li>
        <li>{t('popup_help_step_keep')}</li>
        <li>{t('popup_help_step_tell')}</li>
      </ol>
      <button type="button" class="button button--quiet" onClick={onBack}>
        {t('popup_back')}
      </button>
    </section>
  );
}

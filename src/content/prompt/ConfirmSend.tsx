import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Category } from '../../engine/types';
import { t } from '../../ui/i18n';

export interface ConfirmSendProps {
  /** What the message would share (the engine's disclosure categories). */
  categories: readonly Category[];
  /** true: "Send anyway"; false: "Don't send" (also Escape). */
  onChoice: (send: boolean) => void;
  style?: JSX.CSSProperties;
}

/** What a message shares, in words for a 9–16-year-old: "where you live or go to school". */
function shares(category: Category): string {
  switch (category) {
    case 'discloses_age':
      return t('content_confirm_shares_age');
    case 'agrees_to_meet':
      return t('content_confirm_shares_meeting');
    case 'agrees_to_secrecy':
      return t('content_confirm_shares_secret');
    default:
      return t('content_confirm_shares_personal_info');
  }
}

/**
 * "Are you sure you want to send this?" before a message that gives away where the child lives,
 * their age, or agrees to meet or keep a secret. The safe choice, "Don't send", has the focus
 * and is what Enter and Escape do; "Send anyway" is always there: the child decides.
 */
export function ConfirmSend({ categories, onChoice, style }: ConfirmSendProps) {
  const dontSend = useRef<HTMLButtonElement>(null);
  const sendAnyway = useRef<HTMLButtonElement>(null);
  // Without scrolling: at 200 % zoom the question at the top must stay in view (the buttons are
  // kept in view by the stylesheet).
  useEffect(() => dontSend.current?.focus({ preventScroll: true }), []);
  // Keep Tab inside the two buttons while the dialog waits for an answer.
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onChoice(false);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      (e.target === dontSend.current ? sendAnyway.current : dontSend.current)?.focus();
    }
  };
  return (
    <div class="prompt prompt--confirm" style={style} role="alertdialog" aria-modal="true" aria-labelledby="hu-confirm-title" aria-describedby="hu-confirm-body" onKeyDown={onKeyDown}>
      <div class="prompt__badge" aria-hidden="true">?</div>
      <h2 id="hu-confirm-title" class="prompt__title">
        {t('content_confirm_title')}
      </h2>
      <div id="hu-confirm-body">
        <p class="prompt__noticed">{t('content_confirm_it_shares')}</p>
        <ul class="prompt__steps">
          {[...new Set(categories.map(shares))].map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        <p class="prompt__why">{t('content_confirm_why')}</p>
      </div>
      <div class="prompt__actions">
        <button ref={sendAnyway} type="button" class="prompt__secondary" onClick={() => onChoice(true)}>
          {t('content_confirm_send_anyway')}
        </button>
        <button ref={dontSend} type="button" class="prompt__ok" onClick={() => onChoice(false)}>
          {t('content_confirm_dont_send')}
        </button>
      </div>
    </div>
  );
}

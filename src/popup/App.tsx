import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../ui/i18n';
import { AlertList } from './AlertList';
import { chooseCountry, rememberCountry, storedCountry } from './country';
import { Helplines } from './Helplines';
import { HelpNowPanel } from './HelpNowPanel';
import { openExtensionPage } from './open-page';
import { SetupNote } from './SetupNote';
import { usePopupData } from './use-popup-data';
import { WhatToDo } from './WhatToDo';

const pageStorage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

/**
 * The child's view: a calm "I need help now", recent warnings in kind words with how to block
 * and report, what to do, and helplines for their country. The parent's view is its own page.
 */
export function App() {
  const { alerts, pinSet } = usePopupData();
  const [country, setCountry] = useState(() => chooseCountry(uiLanguage(), storedCountry(pageStorage())));
  const [helpOpen, setHelpOpen] = useState(false);
  const helpButton = useRef<HTMLButtonElement>(null);
  const changeCountry = (next: string) => {
    setCountry(next);
    rememberCountry(pageStorage(), next);
  };
  const returnFocus = useRef(false);
  const closeHelp = () => {
    returnFocus.current = true;
    setHelpOpen(false);
  };
  // Back where the child was: on the button that opened the panel (once it is drawn again).
  useEffect(() => {
    if (!helpOpen && returnFocus.current) helpButton.current?.focus();
    returnFocus.current = false;
  }, [helpOpen]);

  return (
    <main class="popup">
      <header class="popup__header">
        <img class="popup__logo" src="/icon/48.png" alt="" width="28" height="28" />
        <h1>Heads Up</h1>
        <button type="button" class="popup__parents" data-testid="for-parents" onClick={() => void openExtensionPage('/parent.html').catch(() => undefined)}>
          {t('popup_for_parents')}
        </button>
      </header>
      {helpOpen ? (
        <HelpNowPanel country={country} onBack={closeHelp} />
      ) : (
        <>
          {pinSet === false && <SetupNote />}
          <button type="button" ref={helpButton} class="help-button" data-testid="help-now" onClick={() => setHelpOpen(true)}>
            {t('popup_help_now')}
          </button>
          <AlertList load={alerts} />
          <WhatToDo />
          <Helplines country={country} onCountryChange={changeCountry} />
        </>
      )}
      <footer class="popup__footer">{t('common_nothing_leaves')}</footer>
    </main>
  );
}

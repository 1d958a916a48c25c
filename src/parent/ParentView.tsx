// The parent view after the PIN: one section at a time, chosen in a tab bar. The chosen section
// is kept in the address (#alerts, #settings…), so a reload or a bookmark opens it again.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n';
import type { ParentApi } from './api';
import { ActivityView } from './ActivityView';
import { AlertsView } from './AlertsView';
import { ChangePinForm } from './ChangePinForm';
import { ExportView } from './ExportView';
import { formatClock } from './format';
import { MarksView } from './MarksView';
import { SettingsView } from './SettingsView';

const SECTIONS = ['alerts', 'export', 'settings', 'activity', 'marks', 'pin'] as const;
type Section = (typeof SECTIONS)[number];

const SECTION_LABEL: Record<Section, () => string> = {
  alerts: () => t('parent_tab_alerts'),
  export: () => t('parent_tab_export'),
  settings: () => t('parent_tab_settings'),
  activity: () => t('parent_tab_activity'),
  marks: () => t('parent_tab_marks'),
  pin: () => t('parent_tab_pin'),
};

const sectionFromHash = (): Section => {
  const name = location.hash.replace(/^#/u, '');
  return (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'alerts';
};

interface Props {
  api: ParentApi;
  expiresAt: number;
  onLock: () => void;
  onPinChanged: () => void;
}

export function ParentView({ api, expiresAt, onLock, onPinChanged }: Props) {
  const [section, setSection] = useState<Section>(sectionFromHash);
  useEffect(() => {
    const follow = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  return (
    <div class="parent">
      <header class="top">
        <img src="/icon/48.png" alt="" width="32" height="32" />
        <h1>{t('parent_title')}</h1>
        <span class="top__session">{t('parent_session_until', formatClock(expiresAt))}</span>
        <button type="button" class="secondary" onClick={onLock}>{t('parent_lock')}</button>
      </header>
      <nav class="tabs" aria-label={t('parent_sections')}>
        {SECTIONS.map((name) => (
          <a key={name} href={`#${name}`} class={name === section ? 'tab tab--current' : 'tab'} aria-current={name === section ? 'page' : undefined}>
            {SECTION_LABEL[name]()}
          </a>
        ))}
      </nav>
      <main class="content">
        {section === 'alerts' && <AlertsView api={api} />}
        {section === 'export' && <ExportView api={api} />}
        {section === 'settings' && <SettingsView api={api} />}
        {section === 'activity' && <ActivityView api={api} />}
        {section === 'marks' && <MarksView api={api} />}
        {section === 'pin' && (
          <section>
            <h2>{t('parent_tab_pin')}</h2>
            <p class="muted">{t('parent_pin_change_intro')}</p>
            <ChangePinForm mode="any" onChanged={onPinChanged} />
          </section>
        )}
      </main>
      <footer class="foot">{t('parent_footer')}</footer>
    </div>
  );
}

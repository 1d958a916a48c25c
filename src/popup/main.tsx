import { render } from 'preact';
import { t } from '../ui/i18n';
import { wordingLanguage } from '../ui/wording';
import { App } from './App';
import './popup.css';

// The language the words are in (screen readers pick their voice from lang).
document.documentElement.lang = wordingLanguage();
document.title = t('popup_page_title');
render(<App />, document.getElementById('app') as HTMLElement);

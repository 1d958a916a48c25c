import { render } from 'preact';
import { t } from '../ui/i18n';
import { wordingLanguage } from '../ui/wording';
import { App } from './App';
import './onboarding.css';

document.documentElement.lang = wordingLanguage();
document.title = t('onboarding_page_title');
render(<App />, document.getElementById('app') as HTMLElement);

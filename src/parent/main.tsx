import { render } from 'preact';
import { uiLanguage } from '../ui/i18n';
import { App } from './App';
import './parent.css';

document.documentElement.lang = uiLanguage();
render(<App />, document.getElementById('app') as HTMLElement);

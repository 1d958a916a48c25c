// The first half of the site fixtures in Firefox ESR (firefox-site-suite.ts says what is checked).
import { SITE_FIXTURE_HALVES } from '../fixtures/sites/site-fixtures';
import { describeSitesInFirefox } from './firefox-site-suite';

describeSitesInFirefox(SITE_FIXTURE_HALVES[0]);

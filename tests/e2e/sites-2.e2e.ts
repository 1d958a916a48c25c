// The second half of the site fixtures in Chromium (support/chromium-site-suite.ts says what is checked).
import { SITE_FIXTURE_HALVES } from '../fixtures/sites/site-fixtures';
import { describeSitesInChromium } from './support/chromium-site-suite';

describeSitesInChromium(SITE_FIXTURE_HALVES[1]);

import { phraseRule } from '../rule';

// "Where are you from" and "what country" are everyday small talk on open chat sites, so they weigh
// half of a real personal-information request; they still count when someone also asks for more.
export const locationProbe = phraseRule({
  id: 'location-probe',
  category: 'personal_info_request',
  severity: 'notice',
  weight: 0.5,
  direction: 'incoming',
  stage: 'risk_assessment',
  description: 'Asks roughly where you are from.',
  source: 'Kloess et al. (2019): location questions follow age questions in the first exchanges of offender chats',
  negatable: true,
  examples: {
    match: ['where u from', 'where are you from?', 'what country r u in', 'de dónde eres?'],
    noMatch: ['where r u', 'where is everyone watching from', 'i am from texas'],
  },
  phrases: {
    en: ['where (are you|you|do you come|ya) from', '(what|which) (country|state) (are you|you|r you)', 'where (are you|you) located', 'where (are you|you) based'],
    es: ['de (donde|dónde) (eres|sos)', 'de (que|qué) (pais|país) (eres|sos)'],
  },
});

// What the "I need help now" panel offers: the helplines a child can phone right now, and the
// emergency number. Services for grown-ups and lines that only repeat the emergency number (such
// as Mexico's "Emergencias 911") are left out of the list, because the panel names that number
// on its own line already.
import { emergencyNumbersFor } from './emergency';
import { helplinesFor, type HelplineForChild } from './helplines';

export interface HelpNow {
  /** Helplines for children with a phone number, in the child's language first. */
  callNow: HelplineForChild[];
  /** The country's emergency numbers, best known first; empty when we do not know them. */
  emergency: readonly string[];
}

export function helpNowFor(countryCode: string, language: string): HelpNow {
  const emergency = emergencyNumbersFor(countryCode);
  const callNow = helplinesFor(countryCode, language).filter(
    (h) => !h.forGrownUps && (h.phones ?? []).some((phone) => !emergency.includes(phone)),
  );
  return { callNow, emergency };
}

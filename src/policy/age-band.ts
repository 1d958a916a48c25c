// The child's age band tunes how readily Heads Up warns (issue "Parent policy, popup and local
// history"). Children under 13 are targeted with the same scripts but are less able to spot them
// and less likely to tell an adult (Thorn 2022; Ofcom 2023 on under-13s on social media), so the
// parent's choice moves one step stricter for them. Older teens keep exactly what the parent chose:
// Heads Up never quietly protects less than the parent asked for.
import type { AgeBand, Sensitivity } from './policy';

const STRICTER: Record<Sensitivity, Sensitivity> = { relaxed: 'balanced', balanced: 'strict', strict: 'strict' };

/** The sensitivity the engine uses for a child in this age band when the parent chose `chosen`. */
export function sensitivityForAge(chosen: Sensitivity, ageBand: AgeBand): Sensitivity {
  return ageBand === 'under-13' ? STRICTER[chosen] : chosen;
}

import type { Rule } from './rule';
import { ageProbe } from './rules/age-probe';
import { secrecy } from './rules/secrecy';

/** Every rule the engine runs, in no particular order. Add a rule: one file, one line here. */
export const RULES: readonly Rule[] = [ageProbe, secrecy];

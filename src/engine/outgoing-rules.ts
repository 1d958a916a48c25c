import type { Rule } from './rule';
import { agreesToMeet } from './rules/agrees-to-meet';
import { agreesToSecrecy } from './rules/agrees-to-secrecy';
import { disclosesAge } from './rules/discloses-age';
import { disclosesPersonalInfo } from './rules/discloses-personal-info';

/**
 * The rules about the child's own messages. A list of their own, because the page's send check
 * (outgoing.ts) needs only these: the content script stays small (issue "In-page protection").
 */
export const OUTGOING_RULES: readonly Rule[] = [disclosesAge, disclosesPersonalInfo, agreesToMeet, agreesToSecrecy];

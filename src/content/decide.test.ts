import { describe, expect, it } from 'vitest';
import type { AlertReason, ContentSettings, PromptedReason } from '../protocol/messages';
import { confirmBeforeSend, decideAlert, isTrusted, withoutSuppressed, type Candidate } from './decide';
import { DEFAULT_SETTINGS } from './settings';

const settings = (changes: Partial<ContentSettings> = {}): ContentSettings => ({ ...DEFAULT_SETTINGS, ...changes });
const AGE: AlertReason = { ruleId: 'age-probe', category: 'age_probe', description: 'Asks how old you are.' };
const FLATTERY: AlertReason = { ruleId: 'flattery-trust', category: 'flattery_trust', description: 'Flatters.' };
const SECRECY: AlertReason = { ruleId: 'secrecy', category: 'secrecy', description: 'Asks for secrecy.' };
const TOLD_AGE: AlertReason = { ruleId: 'discloses-age', category: 'discloses_age', description: 'You said your age.' };
const kai = (level: Candidate['level'], ...reasons: AlertReason[]): Candidate => ({ otherParty: 'kai', level, reasons });
const prompted = (level: PromptedReason['level'], ...categories: PromptedReason['category'][]): PromptedReason[] =>
  categories.map((category) => ({ otherParty: 'kai', category, level }));

describe('decideAlert: which reasons prompt', () => {
  it('prompts for a warning nobody was told about, and records every reason', () => {
    const decision = decideAlert(kai('warning', AGE, FLATTERY, TOLD_AGE), settings(), []);
    expect(decision).toMatchObject({ level: 'warning', show: true, shownCategories: ['age_probe', 'flattery_trust'] });
    expect(decision?.reasons).toEqual([AGE, FLATTERY, TOLD_AGE]);
    expect(decision?.prompted).toEqual(prompted('warning', 'age_probe', 'flattery_trust', 'discloses_age'));
  });

  it('ignores levels below warning', () => {
    expect(decideAlert(kai('notice', AGE), settings(), [])).toBeNull();
  });

  it('does not prompt twice for the same reasons (a reload, a repeated question)', () => {
    expect(decideAlert(kai('warning', AGE, FLATTERY), settings(), prompted('warning', 'age_probe', 'flattery_trust'))).toBeNull();
  });

  it('prompts only for what is new at the same level', () => {
    const decision = decideAlert(kai('warning', AGE, FLATTERY, SECRECY), settings(), prompted('warning', 'age_probe', 'flattery_trust'));
    expect(decision?.shownCategories).toEqual(['secrecy']);
  });

  it('tells the whole picture again when the level rises', () => {
    const decision = decideAlert(kai('danger', AGE, FLATTERY, SECRECY), settings(), prompted('warning', 'age_probe', 'flattery_trust', 'secrecy'));
    expect(decision).toMatchObject({ level: 'danger', shownCategories: ['age_probe', 'flattery_trust', 'secrecy'] });
  });

  it('keeps one person’s prompts apart from another’s', () => {
    const leo = { ...kai('warning', AGE, FLATTERY), otherParty: 'leo' };
    expect(decideAlert(leo, settings(), prompted('warning', 'age_probe', 'flattery_trust'))?.show).toBe(true);
  });

  it('records but does not show what the policy keeps quiet, or what a trusted contact does', () => {
    const quietWarnings = decideAlert(kai('warning', AGE, FLATTERY), settings({ promptLevels: { warning: false, danger: true } }), []);
    expect(quietWarnings).toMatchObject({ show: false, prompted: prompted('warning', 'age_probe', 'flattery_trust') });
    expect(decideAlert(kai('danger', AGE, FLATTERY), settings({ promptLevels: { warning: false, danger: true } }), [])?.show).toBe(true);
    expect(decideAlert(kai('warning', AGE, FLATTERY), settings({ trustedContacts: ['Kai'] }), [])?.show).toBe(false);
  });

  it('shows nothing when only the child’s own replies are new', () => {
    expect(decideAlert(kai('warning', AGE, TOLD_AGE), settings(), prompted('warning', 'age_probe'))).toMatchObject({ show: false, shownCategories: [] });
  });
});

describe('false-alarm marks', () => {
  const marked = settings({ suppressed: [{ otherParty: 'kai', ruleIds: ['age-probe', 'flattery-trust'] }] });

  it('drop the marked rules of that contact only', () => {
    expect(withoutSuppressed([AGE, FLATTERY, SECRECY], 'kai', marked.suppressed)).toEqual([SECRECY]);
    expect(withoutSuppressed([AGE, FLATTERY], 'leo', marked.suppressed)).toEqual([AGE, FLATTERY]);
  });

  it('keep the identical alert quiet: no prompt, no report', () => {
    expect(decideAlert(kai('warning', AGE, FLATTERY), marked, [])).toBeNull();
  });

  it('let a new pattern from the same contact through, without the marked reasons', () => {
    const decision = decideAlert(kai('danger', AGE, FLATTERY, SECRECY), marked, []);
    expect(decision).toMatchObject({ shownCategories: ['secrecy'], reasons: [SECRECY] });
  });
});

describe('confirmBeforeSend: the send-intercept decision', () => {
  it('asks before a disclosure to someone not trusted', () => {
    expect(confirmBeforeSend(['discloses_personal_info', 'discloses_personal_info'], settings(), 'kai')).toEqual(['discloses_personal_info']);
    expect(confirmBeforeSend(['agrees_to_secrecy'], settings(), null)).toEqual(['agrees_to_secrecy']);
  });

  it('lets ordinary messages, trusted contacts and a policy that turned it off through', () => {
    expect(confirmBeforeSend([], settings(), 'kai')).toBeNull();
    expect(confirmBeforeSend(['age_probe'], settings(), 'kai')).toBeNull();
    expect(confirmBeforeSend(['discloses_age'], settings({ trustedContacts: ['Grandma'] }), 'grandma ')).toBeNull();
    expect(confirmBeforeSend(['discloses_age'], settings({ confirmBeforeSending: false }), 'kai')).toBeNull();
  });

  it('never takes an unknown or empty name for a trusted one', () => {
    expect(isTrusted(settings({ trustedContacts: [''] }), '')).toBe(false);
    expect(isTrusted(settings({ trustedContacts: ['kai'] }), null)).toBe(false);
  });
});

import { OUTGOING_RULES } from './outgoing-rules';
import type { Rule } from './rule';
import { ageGapRelationship } from './rules/age-gap-relationship';
import { ageProbe } from './rules/age-probe';
import { explicitWords } from './rules/explicit-words';
import { flatteryTrust } from './rules/flattery-trust';
import { giftsMoney } from './rules/gifts-money';
import { isolation } from './rules/isolation';
import { locationProbe } from './rules/location-probe';
import { meetingRequest } from './rules/meeting-request';
import { personalInfoRequest } from './rules/personal-info-request';
import { photoRequest } from './rules/photo-request';
import { photoRequestSexualised } from './rules/photo-request-sexualised';
import { pickUpOffer } from './rules/pick-up-offer';
import { platformSwitch } from './rules/platform-switch';
import { romanticQuestion } from './rules/romantic-question';
import { secrecy } from './rules/secrecy';
import { sextortionPressure } from './rules/sextortion-pressure';
import { sextortionThreat } from './rules/sextortion-threat';
import { remindsOfPictures } from './rules/reminds-of-pictures';
import { intimateQuestion } from './rules/intimate-question';
import { sexualQuestion } from './rules/sexual-question';
import { sexualRemark } from './rules/sexual-remark';
import { sexualFollowUp } from './rules/sexual-follow-up';
import { sexualisedPhotoRequest } from './rules/sexualised-photo-request';
import { skillCompliment } from './rules/skill-compliment';
import { learnedAgeProbe } from './rules/learned-age-probe';
import { learnedPersonalInfoRequest } from './rules/learned-personal-info-request';
import { learnedSecrecy } from './rules/learned-secrecy';
import { learnedIsolation } from './rules/learned-isolation';
import { learnedPhotoRequest } from './rules/learned-photo-request';
import { learnedSexualContent } from './rules/learned-sexual-content';
import { learnedMeetingRequest } from './rules/learned-meeting-request';
import { learnedPlatformSwitch } from './rules/learned-platform-switch';
import { learnedGiftsMoney } from './rules/learned-gifts-money';
import { learnedFlatteryTrust } from './rules/learned-flattery-trust';
import { learnedAgeGapRelationship } from './rules/learned-age-gap-relationship';
import { learnedThreatsSextortion } from './rules/learned-threats-sextortion';

/**
 * Every rule about what others write, in no particular order. Add a rule: one file, one line here
 * (the child's own messages: outgoing-rules.ts).
 */
export const INCOMING_RULES: readonly Rule[] = [
  ageProbe, locationProbe, personalInfoRequest, secrecy, isolation, photoRequest, photoRequestSexualised, sexualisedPhotoRequest,
  sexualQuestion, sexualRemark, sexualFollowUp, intimateQuestion, explicitWords, romanticQuestion, meetingRequest, pickUpOffer, platformSwitch, giftsMoney, flatteryTrust, skillCompliment,
  ageGapRelationship, sextortionThreat, sextortionPressure, remindsOfPictures,
  // The learned model's readings (learned/signal-model.ts), after the phrase rules: where both
  // read the same words, the phrase rule's reason comes first.
  learnedAgeProbe, learnedPersonalInfoRequest, learnedSecrecy, learnedIsolation, learnedPhotoRequest, learnedSexualContent,
  learnedMeetingRequest, learnedPlatformSwitch, learnedGiftsMoney, learnedFlatteryTrust, learnedAgeGapRelationship, learnedThreatsSextortion,
];

/** Every rule the engine runs. */
export const RULES: readonly Rule[] = [...INCOMING_RULES, ...OUTGOING_RULES];

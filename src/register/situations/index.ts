// The situations told whose one policy answers before anything else the question's words meet, in the order they are tried.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { ageCheckAnswer, youngBookedAnswer, youngOnRecordAnswer, youngRecordedAnswer, youngToldAnswer } from './ages.ts';
import { blameFearedAnswer, regulatorToldAnswer, accountTakenOverAnswer, postedInWrongGroupAnswer, contactedOnOwnAccountAnswer, deviceLeftAskedAnswer, foundDeviceAnswer, suspiciousMessageAnswer, cardWrittenAnswer, paperLeftOutAnswer, disclosedBySlipAnswer, goneThroughAnswer, photoOnOwnPhoneAnswer, ransomAnswer, sentToWrongPersonAnswer, workOnOwnDeviceAnswer } from './breaches.ts';
import { anothersNumberAnswer, askedIfOursAnswer, bodyClaimedAnswer, borrowerAskedAnswer, callerAsksOfAnotherAnswer, claimedCallerAnswer, confirmAskedAnswer, moneyOfAnotherAnswer, mpAsksAnswer, ourWhereaboutsAskedAnswer, personTitledAskedAnswer, pressAsksAnswer, whereaboutsAskedAnswer } from './callers.ts';
import { childLeftWithUsAnswer, childLiftAnswer, notCollectedAnswer, childPicturedAnswer, concernNoteStoredAnswer, dropElsewhereAnswer, helperOffersAnswer, safeguardingAnswer, signedForByAnotherAnswer, youngMessagedAnswer } from './children.ts';
import { customerLeavingAnswer } from './customers-leaving.ts';
import { askedForAnotherAnswer, clientKnownAnswer, moneyOfferedAnswer, servedLostCarriedAnswer, newTreatmentToldAnswer, papersSentToPhoneAnswer, tippingOffAnswer, visitorFilmingAnswer } from './clients-own.ts';
import { forgedPaperAnswer, idPaperCopiedAnswer, neverPhotographedAnswer } from './documents.ts';
import { copyAskedAnswer, documentAskedByOutsiderAnswer } from './documents-asked.ts';
import { groupEmailAnswer } from './group-emails.ts';
import { animalHurtAnswer, backupsAnswer, clientsWifiAnswer, collectingForKinAnswer, collectingWithoutProofAnswer, conditionAskedAnswer, crewLeavingVehicleAnswer, damageClaimedAnswer, debtHandedOnAnswer, detailsForOtherWorkAnswer, formsNotInAnswer, healthInGroupAnswer, healthSentAskedAnswer, healthToldAnswer, healthToldInFrontAnswer, illAfterAnswer, injuryPaperworkAnswer, injuryPhotoSentAnswer, keptInChannelAnswer, keyInForMeAnswer, leftInVehicleAnswer, medicineUnboxedAnswer, medicineUnsignedAnswer, othersHealthAskedAnswer, overheardAnswer, printAtHomeAnswer, privateTripTrackedAnswer, publicWifiAnswer, stickPluggedInAnswer, systemDownAnswer, whereaboutsWatchedAnswer, workInPublicAnswer } from './daily-work.ts';
import { medicineLeftAnswer, neighbourOffersAnswer, noShowAnswer, putOutAnswer, recordedOnOwnPhoneAnswer, robberyToldAnswer, seizureToldAnswer, sellingWithoutIdAnswer } from './on-shift.ts';
import { addressOnTagAnswer, codeSentAnswer, keysToldAnswer, leaverCodeAnswer, passwordPromptedAnswer } from './keys.ts';
import { childConfidenceAskedAnswer, giverAskedAnswer, neighbourAsksAnswer, residenceAskedAnswer, unplacedAskerAnswer } from './enquiries.ts';
import { leaverAccessAnswer, leaverStillInAnswer, lockAskedAnswer, lockOffAskedAnswer, starterAnswer } from './logins.ts';
import { diedRecordsAnswer, oldDeviceAwayAnswer, oldRecordsClearOutAnswer, oldRecordsWhatToDoAnswer, oldRecordStillHeldAnswer, oldRecordStillThereAnswer, ordinaryBinAnswer, paperBinnedAnswer } from './old-records.ts';
import { paperHomeAnswer } from './paper-homes.ts';
import { detailsGotOutAnswer, paperAstrayAnswer } from './papers-astray.ts';
import { capacityDoubtedAnswer, endingLifeToldAnswer, favourAskedAnswer, hardshipToldAnswer, kinRungAnswer, leftBehindAnswer, notAnsweringAnswer, welfareWorryAnswer } from './welfare.ts';
import { accidentalRecordingAnswer, barredPicturedAnswer, inBackgroundAnswer, jobPhotosPostedAnswer, optedOutOfShotAnswer, photoTakenDownAnswer, postSaysWhereAnswer, shotOnOwnPhoneAnswer, storyPublishedAnswer } from './photos.ts';
import { codeAskedAnswer, scamToldAnswer } from './scams.ts';
import { unnamedToolAnswer } from './unnamed-tool.ts';
import { dbsToldAnswer } from './vetting.ts';
import { strangersThingFoundAnswer } from './found-property.ts';
import { carryOnWhenDownAnswer } from './fallbacks.ts';
import { visitedAtHomeAnswer, friendRequestAnswer, ownNumberAskedAnswer, staffNumbersAskedAnswer } from './boundaries.ts';
import { listAskedAnswer } from './members-list.ts';
import { listeningDeviceAnswer, playedAloudAnswer, readAloudAnswer } from './listening.ts';
import { accessRequestAnswer, allHeldOnAnotherAnswer, cameraStillShownAnswer, claimsAndWantsAnswer, correctionAskedAnswer, erasureAnswer, familyDisagreeAnswer, footageRequestAnswer, loyaltyLeftAnswer, mailingListAnswer, moreDetailsWantedAnswer, otherAddressAskedAnswer, outsideBodyAsksAnswer, ownDetailsReadBackAnswer, policeAskAnswer, reviewReplyAnswer, thirdPartyAsksAnswer, thirdPartyCallerAnswer, unsubscribeAnswer } from './requests.ts';

/** Situations whose one policy answers before anything the story's other words meet, in this order. */
const POLICY_FIRST = [endingLifeToldAnswer, safeguardingAnswer, youngMessagedAnswer, ownNumberAskedAnswer, friendRequestAnswer, staffNumbersAskedAnswer, welfareWorryAnswer, kinRungAnswer, leftBehindAnswer, notAnsweringAnswer, favourAskedAnswer, capacityDoubtedAnswer, visitedAtHomeAnswer, hardshipToldAnswer, concernNoteStoredAnswer, healthSentAskedAnswer, unnamedToolAnswer, backupsAnswer, oldRecordStillHeldAnswer, paperBinnedAnswer, ordinaryBinAnswer, oldDeviceAwayAnswer, stickPluggedInAnswer, overheardAnswer, healthToldInFrontAnswer, medicineUnboxedAnswer, medicineUnsignedAnswer, othersHealthAskedAnswer, conditionAskedAnswer, healthInGroupAnswer, injuryPhotoSentAnswer, loyaltyLeftAnswer, erasureAnswer, correctionAskedAnswer, footageRequestAnswer, cameraStillShownAnswer, servedLostCarriedAnswer, codeAskedAnswer, blameFearedAnswer, goneThroughAnswer, disclosedBySlipAnswer, sentToWrongPersonAnswer, groupEmailAnswer, ransomAnswer, familyDisagreeAnswer, thirdPartyAsksAnswer, photoOnOwnPhoneAnswer, accidentalRecordingAnswer, shotOnOwnPhoneAnswer, inBackgroundAnswer, optedOutOfShotAnswer, childPicturedAnswer, postSaysWhereAnswer, dropElsewhereAnswer, passwordPromptedAnswer, collectingWithoutProofAnswer, sellingWithoutIdAnswer, neighbourOffersAnswer, medicineLeftAnswer, seizureToldAnswer, robberyToldAnswer, recordedOnOwnPhoneAnswer, noShowAnswer, putOutAnswer, collectingForKinAnswer, signedForByAnotherAnswer, formsNotInAnswer, debtHandedOnAnswer, whereaboutsAskedAnswer, ourWhereaboutsAskedAnswer, claimedCallerAnswer, mpAsksAnswer, callerAsksOfAnotherAnswer, personTitledAskedAnswer, confirmAskedAnswer, borrowerAskedAnswer, askedIfOursAnswer, anothersNumberAnswer, claimsAndWantsAnswer, forgedPaperAnswer, leaverAccessAnswer, leaverCodeAnswer, starterAnswer, helperOffersAnswer, cardWrittenAnswer, deviceLeftAskedAnswer, mailingListAnswer, reviewReplyAnswer, injuryPaperworkAnswer, damageClaimedAnswer, animalHurtAnswer, healthToldAnswer, addressOnTagAnswer, keysToldAnswer, storyPublishedAnswer, jobPhotosPostedAnswer, paperHomeAnswer, youngRecordedAnswer, ageCheckAnswer, youngBookedAnswer, youngToldAnswer, lockAskedAnswer, lockOffAskedAnswer, publicWifiAnswer, workInPublicAnswer, printAtHomeAnswer, listeningDeviceAnswer, illAfterAnswer, leftInVehicleAnswer, keyInForMeAnswer, playedAloudAnswer, readAloudAnswer];

/** The answer of the first situation in {@link POLICY_FIRST} the question tells, if any. */
export function policyFirst(ctx: QaContext, question: string): QaAnswer | undefined {
  for (const answer of POLICY_FIRST) {
    const found = answer(ctx, question);
    if (found) return found;
  }
  return undefined;
}

/**
 * A scam told as it happens (gift cards asked for, a caller "from the bank" asking our details), a caller claiming to be from a body
 * asking someone's details ("saying he's from the revenue", where "revenue" names HMRC's entry), then a request told whose one policy answers whatever supplier the story names ("messaged on WhatsApp saying wipe all my details"):
 * someone's own data asked for or asked gone, footage asked for, an entry code sent over a messaging app, someone's DBS told (after a
 * copy of the certificate asked, which the rule on copies of papers reads); and
 * situations told by naming the supplier they are about: an account of ours taken over ("somebody's into our Facebook page"),
 * a work vehicle on a private trip asked whether it is tracked (the trackers' entry is the thing asked about); someone asking to
 * come off the newsletter (which may be named by its own name), or a third party asking a job's detail (who may be one we pass data to);
 * one we serve who turns out to be someone we know, a thing asked for a relative who cannot come in, photos of a client's letters sent to a
 * work phone (whatever supplier the letters are from), a new treatment told, a suspicion about a client's money and whether to ask them, the crew all leaving a loaded vehicle, a visitor filming, one under 18 to be recorded; a paper with people's details left out (the entry of the supplier whose data it holds is not what answers); one of our systems
 * down ("Cliniko won't load, we've a full clinic"), with how to carry on asked the policy sentence on when it is down, else the backups policy's where it covers systems down; work mail on one's own phone;
 * a stranger's card or badge found (the rule on lost property, not the cash collector's entry "bank" meets);
 * old records found in a system by its name, asked whether to clear them out; one of ours gone who can still get into a system;
 * a customer leaving us ("he's stopping karate after this month", where "karate" names a supplier); a message posted in the
 * wrong group, told by its app's name; something kept in the messaging app it came by, with leave asked ("fine to leave it in the whatsapp chat?").
 */
export function requestFirst(ctx: QaContext, question: string): QaAnswer | undefined {
  const asked = scamToldAnswer(ctx, question) ?? moneyOfAnotherAnswer(ctx, question) ?? otherAddressAskedAnswer(ctx, question) ?? allHeldOnAnotherAnswer(ctx, question) ?? bodyClaimedAnswer(ctx, question) ?? regulatorToldAnswer(ctx, question) ?? accessRequestAnswer(ctx, question) ?? photoTakenDownAnswer(ctx, question) ?? erasureAnswer(ctx, question) ?? footageRequestAnswer(ctx, question) ?? outsideBodyAsksAnswer(ctx, question) ?? policeAskAnswer(ctx, question) ?? residenceAskedAnswer(ctx, question) ?? childConfidenceAskedAnswer(ctx, question) ?? unplacedAskerAnswer(ctx, question) ?? giverAskedAnswer(ctx, question) ?? listAskedAnswer(ctx, question) ?? detailsForOtherWorkAnswer(ctx, question) ?? clientsWifiAnswer(ctx, question) ?? neighbourAsksAnswer(ctx, question) ?? ownDetailsReadBackAnswer(ctx, question) ?? unsubscribeAnswer(ctx, question) ?? thirdPartyCallerAnswer(ctx, question) ?? codeSentAnswer(ctx, question) ?? moreDetailsWantedAnswer(ctx, question) ?? idPaperCopiedAnswer(ctx, question) ?? neverPhotographedAnswer(ctx, question) ?? documentAskedByOutsiderAnswer(ctx, question) ?? copyAskedAnswer(ctx, question) ?? dbsToldAnswer(ctx, question);
  return asked ?? childLeftWithUsAnswer(ctx, question) ?? barredPicturedAnswer(ctx, question) ?? notCollectedAnswer(ctx, question) ?? childLiftAnswer(ctx, question) ?? clientKnownAnswer(ctx, question) ?? askedForAnotherAnswer(ctx, question) ?? papersSentToPhoneAnswer(ctx, question) ?? newTreatmentToldAnswer(ctx, question) ?? tippingOffAnswer(ctx, question) ?? visitorFilmingAnswer(ctx, question) ?? youngOnRecordAnswer(ctx, question) ?? crewLeavingVehicleAnswer(ctx, question) ?? keptInChannelAnswer(ctx, question) ?? postedInWrongGroupAnswer(ctx, question) ?? oldRecordsClearOutAnswer(ctx, question) ?? oldRecordsWhatToDoAnswer(ctx, question) ?? oldRecordStillThereAnswer(ctx, question) ?? diedRecordsAnswer(ctx, question) ?? moneyOfferedAnswer(ctx, question) ?? accountTakenOverAnswer(ctx, question) ?? suspiciousMessageAnswer(ctx, question) ?? paperLeftOutAnswer(ctx, question) ?? paperAstrayAnswer(ctx, question) ?? detailsGotOutAnswer(ctx, question) ?? privateTripTrackedAnswer(ctx, question) ?? whereaboutsWatchedAnswer(ctx, question) ?? pressAsksAnswer(ctx, question) ?? carryOnWhenDownAnswer(ctx, question) ?? systemDownAnswer(ctx, question) ?? workOnOwnDeviceAnswer(ctx, question) ?? foundDeviceAnswer(ctx, question) ?? strangersThingFoundAnswer(ctx, question) ?? contactedOnOwnAccountAnswer(ctx, question) ?? leaverStillInAnswer(ctx, question) ?? customerLeavingAnswer(ctx, question);
}

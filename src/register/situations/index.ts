// The situations told whose one policy answers before anything else the question's words meet, in the order they are tried.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { ageCheckAnswer, belowAgeLimitAnswer, tightestAgeRuleAnswer, tooYoungToJoinAnswer, youngBookedAnswer, youngOnRecordAnswer, youngRecordedAnswer, youngToldAnswer, youngWorkerLateAnswer } from './ages.ts';
import { accountTakenOverAnswer, breachExampleToldAnswer, givenToImpostorAnswer, storageLostAnswer, paperLeftBehindAnswer, blameFearedAnswer, cardWrittenAnswer, contactedOnOwnAccountAnswer, deviceLeftAskedAnswer, disclosedBySlipAnswer, foundDeviceAnswer, goneThroughAnswer, paperLeftOutAnswer, photoOnOwnPhoneAnswer, postedAgainstWishesAnswer, postedInWrongGroupAnswer, ransomAnswer, regulatorToldAnswer, sentToWrongPersonAnswer, suspiciousMessageAnswer, workOnOwnDeviceAnswer } from './breaches.ts';
import { anothersNumberAnswer, foiAskedAnswer, askerKindRefusedAnswer, borrowedByAnotherAnswer, askedIfOursAnswer, whetherHereAskedAnswer, whoItWasAskedAnswer, bodyClaimedAnswer, borrowerAskedAnswer, callerAsksOfAnotherAnswer, claimedCallerAnswer, confirmAskedAnswer, moneyOfAnotherAnswer, mpAsksAnswer, ourWhereaboutsAskedAnswer, personTitledAskedAnswer, pressAsksAnswer, whereaboutsAskedAnswer } from './callers.ts';
import { youngReplyAnswer, childLeftWithUsAnswer, childLiftAnswer, childMindedAnswer, notCollectedAnswer, childPicturedAnswer, classLeftWithUsAnswer, outingToldAnswer, concernNoteStoredAnswer, dropElsewhereAnswer, helperOffersAnswer, safeguardingAnswer, signedForByAnotherAnswer, youngDmedAnswer, youngMessagedAnswer } from './children.ts';
import { complaintTimeAskedAnswer, complaintToldAnswer } from './complaints.ts';
import { customerLeavingAnswer } from './customers-leaving.ts';
import { applicantNotTakenAnswer, copiesOnOwnDeviceAnswer, noteBotAnswer, papersLostAnswer, parentAsksAfter18Answer, recordingsStillHeldAnswer, roleRuleAnswer, takenToOwnHomeAnswer, writtenForThemAnswer, youngEmailedAnswer } from './students-and-mentors.ts';
import { askedForAnotherAnswer, clientKnownAnswer, shoppingReceiptLostAnswer, moneyOfferedAnswer, servedLostCarriedAnswer, newTreatmentToldAnswer, papersSentToPhoneAnswer, tippingOffAnswer, visitorFilmingAnswer } from './clients-own.ts';
import { identityDoubtedAnswer, namedAskerAnswer } from './askers-and-checks.ts';
import { forgedPaperAnswer, idKeptAnswer, idPaperCopiedAnswer, neverPhotographedAnswer } from './documents.ts';
import { exploitedAnswer, familyQuestionedAnswer, frightenedByAnotherAnswer, harmAtHomeAnswer, harmKeptSecretAnswer, controlKeptSecretAnswer, headKnockAnswer, concussionReturnAnswer, hurtArrivedWithAnswer, occupantKeepsAnswer, overLimitDrivingAnswer, scammedOneWeServeAnswer, staffRoughAnswer } from './harm-told.ts';
import { childAtRiskInConfidenceAnswer, knownByRoomAnswer, partnerToldUnnamedAnswer, recordSentAheadAnswer, signedAloneAnswer, testPhotographedAnswer } from './clinical-records.ts';
import { approachAtMatchAnswer, breathingSpaceAnswer, cameraFailedAnswer, recordingToldAskedAnswer, footageShownAnswer, onlyChildHomeAnswer, onSpeakerAnswer, ownArrestAnswer, vulnerableAtDoorAnswer, picturedInCareAnswer, uncertifiedDriverAnswer } from './out-and-about.ts';
import { alarmCodeWantedAnswer, awayAskedAnswer, breakInFoundAnswer, codeSeenAnswer, keyKeptAfterAnswer, reportsToAnotherAnswer } from './homes-and-codes.ts';
import { copyAskedAnswer, documentAskedByOutsiderAnswer } from './documents-asked.ts';
import { groupEmailAheadAnswer, groupEmailAnswer } from './group-emails.ts';
import { keptOutByRelativeAnswer, nextProviderAsksAnswer, professionalWantsByChatAnswer } from './home-visits.ts';
import { abroadAtCallAnswer, atTheirHomeAnswer, handwrittenFoundAnswer, leftSiteAnswer, namedBodyAsksAnswer, notArrivedAnswer, offenceAskedAnswer, relativeChaperoneAnswer, resultsOnPhoneAnswer, riskPapersAskedAnswer, staffMannerAnswer, tellThemAllAnswer, threatToldAnswer, toNewAddressAnswer } from './cases-and-clinics.ts';
import { changingAskedAnswer, childMissingAnswer, detailsGivenPutAnswer, listPhotographedAnswer, moveFromMessagesAnswer, noOneInLeaveAnswer, oldPapersFoundAnswer, otherCollectorAnswer, passOfAnotherAnswer, phoneOnDutyAnswer, photosLeftOnDeviceAnswer, printedAnswer, printedDoneAnswer, childWalksHomeAnswer, seasonPapersAnswer, thingsInReturnedAnswer, weaponSearchAnswer, youngCollectorAnswer } from './sessions-and-rounds.ts';
import { addressesInNotebookAnswer, adultNewToHouseholdAnswer, cannotDecidePhotoAnswer, contactChangedAnswer, crewAsksHealthAnswer, emergencyNumbersWhereAnswer, historyAskedAnswer, keyringThingGoneAnswer, ownThingMissingAnswer, phoneOneLaterAnswer, riskAssessmentSentAnswer, slipHiddenAnswer, toPersonalInboxAnswer, whyReferredAskedAnswer } from './hosts-and-members.ts';
import { deathToDoAnswer, deathToldByFamilyAnswer, fetchBackAnswer, goneFromSystemAnswer, heardAtDoorAnswer, jobInGroupAnswer, keptAtHomeAnswer, loadGoneAnswer, nameOnThingAnswer, namesNotedAnswer, relativeAsksAfterAnswer, reportIntoRecordAnswer, rungFromOwnPhoneAnswer, selfReferralAnswer, storyForReportAnswer, theirPostSharedAnswer, thingTakenInAnswer, turnedOffAnswer } from './rounds-and-drops.ts';
import { animalHurtAnswer, animalInBadStateAnswer, backupsAnswer, clientsWifiAnswer, collectingForKinAnswer, itemUncollectedAnswer, kinNotListedAnswer, collectingWithoutProofAnswer, conditionAskedAnswer, crewLeavingVehicleAnswer, damageClaimedAnswer, debtHandedOnAnswer, detailsForOtherWorkAnswer, formsNotInAnswer, healthInGroupAnswer, healthSentAskedAnswer, healthToldAnswer, healthToldInFrontAnswer, illAfterAnswer, injuryPaperworkAnswer, injuryRecordKeptAnswer, injuryPhotoSentAnswer, keptInChannelAnswer, keyInForMeAnswer, leftInVehicleAnswer, medicineUnboxedAnswer, medicineUnsignedAnswer, othersHealthAskedAnswer, overheardAnswer, printAtHomeAnswer, privateTripTrackedAnswer, publicWifiAnswer, stickPluggedInAnswer, systemDownAnswer, whereaboutsWatchedAnswer, workInPublicAnswer } from './daily-work.ts';
import { countShortAnswer, doseRefusedAnswer, medicineLeftAnswer, takenIllNowAnswer, neighbourOffersAnswer, noShowAnswer, putOutAnswer, recordedOnOwnPhoneAnswer, robberyToldAnswer, seizureToldAnswer, sellingWithoutIdAnswer } from './on-shift.ts';
import { accessLentAnswer, addressOnTagAnswer, codeOfAnotherAnswer, codeSentAnswer, keysToldAnswer, lastOutAnswer, leaverCodeAnswer, passwordPromptedAnswer, strangerLetInAnswer } from './keys.ts';
import { childConfidenceAskedAnswer, giverAskedAnswer, schoolAsksAttendanceAnswer, neighbourAsksAnswer, residenceAskedAnswer, unplacedAskerAnswer } from './enquiries.ts';
import { leaverAccessAnswer, leaverStillInAnswer, leftUnlockedAnswer, lockAskedAnswer, lockOffAskedAnswer, ourComputerAskedAnswer, signedInElsewhereAnswer, starterAnswer, folderAccessAskedAnswer } from './logins.ts';
import { diedRecordsAnswer, formerClientKeptAnswer, oldDeviceAwayAnswer, devicesWipedAnswer, backFromTripAnswer, oldFootageAskedAnswer, oldRecordsClearOutAnswer, oldRecordsWhatToDoAnswer, oldRecordStillHeldAnswer, oldRecordStillThereAnswer, leftRecordGoneAnswer, ordinaryBinAnswer, paperBinnedAnswer, caughtKeptAnswer } from './old-records.ts';
import { paperHomeAnswer } from './paper-homes.ts';
import { detailsGotOutAnswer, paperAstrayAnswer } from './papers-astray.ts';
import { harmToAnotherToldAnswer, hoardingToldAnswer, lowMoodToldAnswer, capacityDoubtedAnswer, endingLifeToldAnswer, failingToldAnswer, favourAskedAnswer, hardshipToldAnswer, kinRungAnswer, leftBehindAnswer, notAnsweringAnswer, welfareWorryAnswer } from './welfare.ts';
import { damagePhotosSentAnswer, groupPhotoToClientAnswer, accidentalRecordingAnswer, barredPicturedAnswer, recentCallPostedAnswer, inBackgroundAnswer, jobPhotosPostedAnswer, onAnothersAccountAnswer, optedOutOfShotAnswer, personTaggedAnswer, photoTakenDownAnswer, postSaysWhereAnswer, shotOnOwnPhoneAnswer, storyPublishedAnswer, resultsPostedAnswer, photosWhereAskedAnswer } from './photos.ts';
import { codeAskedAnswer, codeUnaskedAnswer, scamToldAnswer } from './scams.ts';
import { unnamedToolAnswer } from './unnamed-tool.ts';
import { checksPendingAnswer, dbsToldAnswer, helpingOftenAnswer } from './vetting.ts';
import { foundNeverClaimedAnswer, strangersThingFoundAnswer } from './found-property.ts';
import { detailsAfterIncidentAnswer, neighboursBeforehandAnswer, onlookerAsksAnswer, whereLivesAskedAnswer } from './neighbours-and-onlookers.ts';
import { carryOnWhenDownAnswer } from './fallbacks.ts';
import { contactedFromOwnPhoneAnswer, liftOfferedAnswer, willWitnessAnswer, visitedAtHomeAnswer, friendRequestAnswer, ownNumberAskedAnswer, staffNumbersAskedAnswer, thankedAfterAnswer } from './boundaries.ts';
import { groupPutToOtherUseAnswer, healthKeptElsewhereAnswer, listAskedAnswer, ownListKeptAnswer } from './members-list.ts';
import { greetingAskedAnswer, listeningDeviceAnswer, playedAloudAnswer, readAloudAnswer } from './listening.ts';
import { accessRequestAnswer, allHeldAskedByKinAnswer, allHeldOnAnotherAnswer, cameraStillShownAnswer, claimsAndWantsAnswer, correctionAskedAnswer, erasureAnswer, familyDisagreeAnswer, footageRequestAnswer, loyaltyLeftAnswer, mailingListAnswer, moreDetailsWantedAnswer, ownFootageAskedAnswer, otherAddressAskedAnswer, outsideBodyAsksAnswer, ownDetailsReadBackAnswer, policeAskAnswer, reviewReplyAnswer, thirdPartyAsksAnswer, thirdPartyCallerAnswer, unsubscribeAnswer } from './requests.ts';
import { childAtMachineAnswer, excludedBackAnswer, harmSignsAnswer, selfExclusionAnswer } from './gambling.ts';
import { consentStillValidAnswer, missedRefundAnswer, lossPostedInGroupAnswer, keptOnlyOnDeviceAnswer, agentAsksAnswer, agreedForThemAnswer, askedAfterOursInPublicAnswer, banAskedAnswer, billOfAnotherAnswer, camerasLookedAtAnswer, cashLeftAskedAnswer, countedAloneAnswer, cashHeldOnToAnswer, reactionToldAnswer, expenseClaimAskedAnswer, printedToTakeAnswer, takenInByAnotherAnswer, bookingChangeUnreferencedAnswer, incidentOnCameraAnswer, rowFilmedAnswer, directContactAnswer, extraWorkAskedAnswer, lookedUpForOwnSakeAnswer, overdueUnreachableAnswer, parentSaidOkAnswer, concernInGroupAnswer, consentPendingAnswer, consentWithdrawnAnswer, deviceLeftOutAnswer, documentConfirmAskedAnswer, faultOwnedAnswer, formFilledForThemAnswer, foundSoonAnswer, healthNotedAskedAnswer, healthPaperEmailedAnswer, spokenForAnswer, kinAsksAccountAnswer, paperIntoBinAnswer, paperLeftInInboxAnswer, paperNotWhereKeptAnswer, parentTextedNowAnswer, privateLifeNotedAskedAnswer, recordAfterAggressionAnswer, recordingAskedAnswer, refundAskedAnswer, roomEnteredAskedAnswer, sentToOurWrongAddressAnswer, shortPinAnswer, sharingWithdrawnAnswer, surnameWrittenAnswer, vehicleWhereaboutsPoliceAnswer, writeUpPutOffAnswer, paymentRaisedOfferedAnswer, vanBrokenIntoAnswer } from './one-sentence-rules.ts';
import { concernPutOffAnswer, deviceNotInPlaceAnswer, formPutOffAnswer, youngFormLaterAnswer, notesOnPaperAnswer, jobFailsAnswer, lookPutOffAnswer, paperInHandAnswer, paperOnceTypedAnswer, paperPileAnswer, papersKeptThereAnswer, waitAfterLossAnswer } from './papers-put-off.ts';
import { addressInPhotoAnswer, youngNamedInPostAnswer, conditionInPostAnswer, birthFamilyAsksAnswer, childGivesDetailsAnswer, emergencyPoliceAnswer, healthAskedAfterAnswer, parentKeptFromAnswer, personalInShotAnswer, photosInChatAnswer, relativesAddressAnswer, staffWithChildAnswer, whereaboutsReachedAnswer, youngPhotographedAnswer, streetPhotoAnswer, spokenPhotoLeaveAnswer, unconsentedPostedAnswer, youngNamedUnderPhotoAnswer } from './photos-and-families.ts';
import { childsWordsSummedAnswer, foundChildAnnouncedAnswer, namesAtMeetingAnswer, ownNotesKeptAnswer, paperNotesWhatAnswer, parentEntitledAnswer, teacherAsksChildsWordsAnswer, welfareToChatAnswer, familyInRecordAnswer } from './confidences-and-slips.ts';
import { aloneWithChildrenAnswer, filmingOthersChildrenAnswer, passwordSeenAnswer } from './watched-and-alone.ts';
import { fallenAnswer, nearMissAnswer } from './falls.ts';
import { causeOfDeathAskedAnswer, clientLeavingUsAnswer, deadStillMailedAnswer, kinAsksForClientAnswer, kinNotOnBookingAnswer, parentAsksChildsAnswer, kinRangOwnPhoneAnswer, paidForNewsAnswer, parentAsksOlderChildsAnswer, policeEvidenceAnswer, policeFootageAnswer, policeDetailsAnswer, unlistedCallerAnswer } from './asked-from-outside.ts';
import { allInOneChatAnswer, aloneAtWorkAnswer, camerasOnOwnPhoneAnswer, healthListPutUpAnswer, healthNotesPhotographedAnswer, signUpSheetLeftOutAnswer, exPartnerAsksAnswer, papersTakenHomeAnswer, threatenedAtWorkAnswer, otherNamedInReportAnswer, postedOnSayingAnswer, onVoicemailAnswer, backAfterBugAnswer, camerasAskedAnswer, copyKeptByMeAnswer, coronerAsksAnswer, doseSlipAnswer, footageFilmedOffScreenAnswer, footageForFunAnswer, formSkippedAnswer, healthListAskedAnswer, kinClaimedAnswer, loginLentAnswer, deviceLentAnswer, noLabelAnswer, strangerAboutAnswer, notedOnOwnPhoneAnswer, notesWantedByWorkSideAnswer, ordinaryEmailAnswer, otherOnListAnswer, overnightInVehicleAnswer, overRadioAnswer, personPicturedAnswer, photoOnOwnPhoneAskedAnswer, photosOnOwnPhoneKeptAnswer, putOnBoardAnswer, savedSomewhereAnswer, sessionFilmedOnPhoneAnswer, visitorLetThroughAnswer, writtenOnScrapAnswer, peopleListPutUpAnswer, takenOnPaperAnswer } from './house-rules.ts';

/**
 * Situations whose one policy answers before anything the story's other words meet, in this order. A child needing changing comes before
 * safeguarding, which reads a parent stepped out as a child left with us (the reading itself leaves any harm or secret told to
 * safeguarding); a pass used by another before a young one told of, which would take "a teenager came through on his dad's pass".
 */
const POLICY_FIRST = [
  endingLifeToldAnswer, changingAskedAnswer, classLeftWithUsAnswer, safeguardingAnswer, youngMessagedAnswer, ownNumberAskedAnswer, friendRequestAnswer,
  staffNumbersAskedAnswer, welfareWorryAnswer, kinRungAnswer, leftBehindAnswer, notAnsweringAnswer, favourAskedAnswer,
  capacityDoubtedAnswer, visitedAtHomeAnswer, hardshipToldAnswer, concernNoteStoredAnswer, healthSentAskedAnswer, unnamedToolAnswer,
  backupsAnswer, oldRecordStillHeldAnswer, leftRecordGoneAnswer, paperBinnedAnswer, ordinaryBinAnswer, oldDeviceAwayAnswer, stickPluggedInAnswer,
  overheardAnswer, healthToldInFrontAnswer, medicineUnboxedAnswer, medicineUnsignedAnswer, crewAsksHealthAnswer, othersHealthAskedAnswer,
  conditionAskedAnswer, injuryPhotoSentAnswer, loyaltyLeftAnswer, erasureAnswer, correctionAskedAnswer,
  footageRequestAnswer, cameraStillShownAnswer, servedLostCarriedAnswer, codeAskedAnswer, codeUnaskedAnswer, blameFearedAnswer, goneThroughAnswer,
  toPersonalInboxAnswer, slipHiddenAnswer, sentToWrongPersonAnswer, groupEmailAnswer, ransomAnswer,
  familyDisagreeAnswer, thirdPartyAsksAnswer, photoOnOwnPhoneAnswer, accidentalRecordingAnswer, shotOnOwnPhoneAnswer, inBackgroundAnswer,
  optedOutOfShotAnswer, childPicturedAnswer, postSaysWhereAnswer, dropElsewhereAnswer, passwordPromptedAnswer,
  collectingWithoutProofAnswer, sellingWithoutIdAnswer, neighbourOffersAnswer, medicineLeftAnswer, seizureToldAnswer, robberyToldAnswer,
  recordedOnOwnPhoneAnswer, noShowAnswer, putOutAnswer, collectingForKinAnswer, signedForByAnotherAnswer, formsNotInAnswer,
  debtHandedOnAnswer, whereaboutsAskedAnswer, ourWhereaboutsAskedAnswer, whetherHereAskedAnswer, claimedCallerAnswer, mpAsksAnswer, askedIfOursAnswer,
  callerAsksOfAnotherAnswer, personTitledAskedAnswer, confirmAskedAnswer, borrowerAskedAnswer, anothersNumberAnswer,
  claimsAndWantsAnswer, forgedPaperAnswer, leaverAccessAnswer, leaverCodeAnswer, starterAnswer, helperOffersAnswer, cardWrittenAnswer,
  deviceLeftAskedAnswer, mailingListAnswer, reviewReplyAnswer, fallenAnswer, injuryPaperworkAnswer, damageClaimedAnswer, animalHurtAnswer,
  healthToldAnswer, addressOnTagAnswer, keysToldAnswer, lastOutAnswer, codeOfAnotherAnswer, storyPublishedAnswer, unconsentedPostedAnswer, jobPhotosPostedAnswer, paperHomeAnswer,
  youngRecordedAnswer, ageCheckAnswer, belowAgeLimitAnswer, tightestAgeRuleAnswer, youngBookedAnswer, passOfAnotherAnswer,
  youngToldAnswer, lockAskedAnswer, lockOffAskedAnswer, publicWifiAnswer, workInPublicAnswer, printAtHomeAnswer, printedDoneAnswer, childWalksHomeAnswer, listeningDeviceAnswer,
  illAfterAnswer, leftInVehicleAnswer, keyInForMeAnswer, playedAloudAnswer, readAloudAnswer, onlyChildHomeAnswer, vulnerableAtDoorAnswer,
  breathingSpaceAnswer, ownArrestAnswer, partnerToldUnnamedAnswer, childAtRiskInConfidenceAnswer, onSpeakerAnswer, approachAtMatchAnswer,
  roleRuleAnswer,
];

/** The answers a reading of a story gave ({@link policyFirst}, {@link requestFirst}), as the rules pass them on. */
const READ_FROM_STORY = new WeakSet<QaAnswer>();

/** Marks a reading's answer, so that the question-kind model's doubt can tell it from an answer some words met ({@link readFromStory}). */
function read(answer: QaAnswer | undefined): QaAnswer | undefined {
  if (answer) READ_FROM_STORY.add(answer);
  return answer;
}

/** Whether the rules' answer is one a reading of a story gave, unchanged. */
export function readFromStory(answer: QaAnswer): boolean {
  return READ_FROM_STORY.has(answer);
}

/**
 * A story that is one of the breach policy's own examples, read as such ({@link breachExampleToldAnswer}): marked so that the model's
 * doubt keeps it, as it keeps every other reading ("left my fpn book on a wall in skegness" is no small talk, however sure the model).
 */
export function breachExampleRead(ctx: QaContext, question: string): QaAnswer | undefined {
  return read(breachExampleToldAnswer(ctx, question));
}

/** The answer of the first situation in {@link POLICY_FIRST} the question tells, if any. */
export function policyFirst(ctx: QaContext, question: string): QaAnswer | undefined {
  return read(firstTold(POLICY_FIRST, ctx, question));
}

/** The answer of the first reading in the list that the question tells, if any. */
function firstTold(readings: readonly ((ctx: QaContext, question: string) => QaAnswer | undefined)[], ctx: QaContext, question: string): QaAnswer | undefined {
  for (const reading of readings) {
    const found = reading(ctx, question);
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
 * something found and never claimed, asked whether to throw it out (before old records asked cleared out); old records found in a system by its name, asked whether to clear them out; one of ours gone who can still get into a system;
 * a customer leaving us ("he's stopping karate after this month", where "karate" names a supplier); a message posted in the
 * wrong group, told by its app's name; something kept in the messaging app it came by, with leave asked ("fine to leave it in the whatsapp chat?");
 * a dose signed by one where two must sign, a test result to be photographed, a record to go ahead to hospital "from the ipad", those we
 * served contacted from one's own mobile, a post for someone on their own account, a body camera failed partway: stories that name the system they happen in.
 */
export function requestFirst(ctx: QaContext, question: string): QaAnswer | undefined {
  return read(storyRequestFirst(ctx, question));
}

/** Requests told, whose one policy answers whatever supplier the story names, in this order (see {@link requestFirst}). */
const REQUESTS_TOLD = [
  endingLifeToldAnswer, emergencyPoliceAnswer, scamToldAnswer, moneyOfAnotherAnswer, otherAddressAskedAnswer, allHeldOnAnotherAnswer,
  allHeldAskedByKinAnswer, bodyClaimedAnswer, regulatorToldAnswer, agentAsksAnswer, namedAskerAnswer, identityDoubtedAnswer,
  alarmCodeWantedAnswer, reportsToAnotherAnswer, copyAskedAnswer, accessRequestAnswer, photoTakenDownAnswer, erasureAnswer,
  footageShownAnswer, footageRequestAnswer, ownFootageAskedAnswer, coronerAsksAnswer, outsideBodyAsksAnswer, policeAskAnswer,
  residenceAskedAnswer, childConfidenceAskedAnswer, unplacedAskerAnswer, giverAskedAnswer, listAskedAnswer, detailsForOtherWorkAnswer,
  clientsWifiAnswer, neighbourAsksAnswer, ownDetailsReadBackAnswer, unsubscribeAnswer, thirdPartyCallerAnswer, codeSentAnswer,
  moreDetailsWantedAnswer, idPaperCopiedAnswer, neverPhotographedAnswer, documentAskedByOutsiderAnswer, checksPendingAnswer,
  dbsToldAnswer,
];

/** Then situations told by naming the supplier they are about, and the stories read since, in this order. */
const STORIES_TOLD = [
  childLeftWithUsAnswer, barredPicturedAnswer, notCollectedAnswer, childLiftAnswer, liftOfferedAnswer, willWitnessAnswer, clientKnownAnswer, askedForAnotherAnswer,
  papersSentToPhoneAnswer, newTreatmentToldAnswer, tippingOffAnswer, visitorFilmingAnswer, youngOnRecordAnswer, crewLeavingVehicleAnswer,
  keptInChannelAnswer, postedInWrongGroupAnswer, disclosedBySlipAnswer, foundNeverClaimedAnswer, oldRecordsClearOutAnswer, oldRecordsWhatToDoAnswer, oldRecordStillThereAnswer,
  diedRecordsAnswer, moneyOfferedAnswer, accountTakenOverAnswer, suspiciousMessageAnswer, waitAfterLossAnswer, whereaboutsReachedAnswer,
  birthFamilyAsksAnswer, paperOnceTypedAnswer, photosInChatAnswer, healthAskedAfterAnswer, paperPileAnswer, papersKeptThereAnswer,
  paperInHandAnswer, notesOnPaperAnswer, deviceLentAnswer, keptOutByRelativeAnswer, professionalWantsByChatAnswer,
  nextProviderAsksAnswer, namesNotedAnswer, loadGoneAnswer, fetchBackAnswer, jobInGroupAnswer, turnedOffAnswer, keptAtHomeAnswer,
  relativeAsksAfterAnswer, deathToDoAnswer, reportIntoRecordAnswer, selfReferralAnswer, theirPostSharedAnswer, goneFromSystemAnswer,
  nameOnThingAnswer, rungFromOwnPhoneAnswer, heardAtDoorAnswer, thingTakenInAnswer, storyForReportAnswer, leftSiteAnswer,
  notArrivedAnswer, staffMannerAnswer, resultsOnPhoneAnswer, toNewAddressAnswer, abroadAtCallAnswer, relativeChaperoneAnswer,
  namedBodyAsksAnswer, tellThemAllAnswer, riskPapersAskedAnswer, offenceAskedAnswer, threatToldAnswer, atTheirHomeAnswer,
  handwrittenFoundAnswer, phoneOneLaterAnswer, riskAssessmentSentAnswer, historyAskedAnswer, adultNewToHouseholdAnswer,
  contactChangedAnswer, emergencyNumbersWhereAnswer, keyringThingGoneAnswer, whyReferredAskedAnswer, ownThingMissingAnswer,
  addressesInNotebookAnswer, cannotDecidePhotoAnswer, deathToldByFamilyAnswer, printedAnswer, noOneInLeaveAnswer, childMissingAnswer,
  thingsInReturnedAnswer, oldPapersFoundAnswer, detailsGivenPutAnswer, weaponSearchAnswer, moveFromMessagesAnswer,
  photosLeftOnDeviceAnswer, phoneOnDutyAnswer, otherCollectorAnswer, listPhotographedAnswer, seasonPapersAnswer, personalInShotAnswer,
  youngPhotographedAnswer, childGivesDetailsAnswer, deviceNotInPlaceAnswer, addressInPhotoAnswer, jobFailsAnswer, lookPutOffAnswer,
  formPutOffAnswer, youngFormLaterAnswer, concernPutOffAnswer, signedAloneAnswer, staffWithChildAnswer, parentKeptFromAnswer, relativesAddressAnswer,
  paperLeftOutAnswer, paperAstrayAnswer, detailsGotOutAnswer, privateTripTrackedAnswer, whereaboutsWatchedAnswer, pressAsksAnswer,
  carryOnWhenDownAnswer, systemDownAnswer, workOnOwnDeviceAnswer, foundDeviceAnswer, strangersThingFoundAnswer,
  contactedOnOwnAccountAnswer, leaverStillInAnswer, customerLeavingAnswer, putOnBoardAnswer, noLabelAnswer, overnightInVehicleAnswer,
  backAfterBugAnswer, otherOnListAnswer, camerasAskedAnswer, notedOnOwnPhoneAnswer, formSkippedAnswer, reviewReplyAnswer,
  overRadioAnswer, takenIllNowAnswer, countShortAnswer, doseRefusedAnswer, papersTakenHomeAnswer, threatenedAtWorkAnswer,
  otherNamedInReportAnswer, postedOnSayingAnswer, leftUnlockedAnswer, onVoicemailAnswer, exPartnerAsksAnswer, footageForFunAnswer,
  photosOnOwnPhoneKeptAnswer, loginLentAnswer, strangerLetInAnswer, strangerAboutAnswer, notesWantedByWorkSideAnswer, cameraStillShownAnswer, postedAgainstWishesAnswer,
  healthListAskedAnswer, writtenOnScrapAnswer, photoOnOwnPhoneAskedAnswer, aloneAtWorkAnswer, personPicturedAnswer, kinClaimedAnswer,
  doseSlipAnswer, footageFilmedOffScreenAnswer, allInOneChatAnswer, copyKeptByMeAnswer, visitorLetThroughAnswer, ordinaryEmailAnswer,
  sessionFilmedOnPhoneAnswer, foundSoonAnswer, faultOwnedAnswer, surnameWrittenAnswer, kinAsksAccountAnswer, deviceLeftOutAnswer,
  paperIntoBinAnswer, writeUpPutOffAnswer, consentWithdrawnAnswer, sharingWithdrawnAnswer, concernInGroupAnswer, parentTextedNowAnswer,
  healthNotedAskedAnswer, refundAskedAnswer, formFilledForThemAnswer, billOfAnotherAnswer, vehicleWhereaboutsPoliceAnswer,
  paperNotWhereKeptAnswer, documentConfirmAskedAnswer, cashLeftAskedAnswer, kinRangOwnPhoneAnswer, kinNotOnBookingAnswer,
  kinAsksForClientAnswer, sentToOurWrongAddressAnswer, unlistedCallerAnswer, policeEvidenceAnswer, camerasLookedAtAnswer,
  policeFootageAnswer, parentAsksOlderChildsAnswer, parentAsksChildsAnswer, consentPendingAnswer, recordingAskedAnswer,
  healthPaperEmailedAnswer, spokenForAnswer, clientLeavingUsAnswer, deadStillMailedAnswer, paidForNewsAnswer, roomEnteredAskedAnswer,
  youngDmedAnswer, youngReplyAnswer, hurtArrivedWithAnswer, headKnockAnswer, concussionReturnAnswer, staffRoughAnswer, exploitedAnswer, harmKeptSecretAnswer,
  controlKeptSecretAnswer, frightenedByAnotherAnswer, scammedOneWeServeAnswer, overLimitDrivingAnswer, occupantKeepsAnswer, tooYoungToJoinAnswer,
  harmAtHomeAnswer, takenToOwnHomeAnswer, youngEmailedAnswer, parentAsksAfter18Answer, writtenForThemAnswer, noteBotAnswer,
  applicantNotTakenAnswer, recordingsStillHeldAnswer, copiesOnOwnDeviceAnswer, papersLostAnswer, awayAskedAnswer, breakInFoundAnswer,
  codeSeenAnswer, keyKeptAfterAnswer, cameraFailedAnswer, testPhotographedAnswer, recordSentAheadAnswer, contactedFromOwnPhoneAnswer,
  onAnothersAccountAnswer, namesAtMeetingAnswer, ownNotesKeptAnswer, paperNotesWhatAnswer, parentEntitledAnswer,
  teacherAsksChildsWordsAnswer, foundChildAnnouncedAnswer, welfareToChatAnswer, passwordSeenAnswer, filmingOthersChildrenAnswer,
  aloneWithChildrenAnswer, harmSignsAnswer, selfExclusionAnswer, excludedBackAnswer, childAtMachineAnswer, signedInElsewhereAnswer,
  accessLentAnswer, countedAloneAnswer, ourComputerAskedAnswer, idKeptAnswer, personTaggedAnswer, overdueUnreachableAnswer,
  parentSaidOkAnswer, lookedUpForOwnSakeAnswer, failingToldAnswer, causeOfDeathAskedAnswer, recordingToldAskedAnswer,
  whoItWasAskedAnswer, familyQuestionedAnswer, healthListPutUpAnswer, schoolAsksAttendanceAnswer,
  healthNotesPhotographedAnswer, oldFootageAskedAnswer, knownByRoomAnswer,
  signUpSheetLeftOutAnswer, shoppingReceiptLostAnswer, recentCallPostedAnswer,
  childsWordsSummedAnswer, agreedForThemAnswer, recordAfterAggressionAnswer, complaintToldAnswer, privateLifeNotedAskedAnswer, banAskedAnswer,
  childMindedAnswer, paperLeftInInboxAnswer, askedAfterOursInPublicAnswer, shortPinAnswer, thankedAfterAnswer, healthInGroupAnswer, ownListKeptAnswer, youngNamedUnderPhotoAnswer, folderAccessAskedAnswer, resultsPostedAnswer, uncertifiedDriverAnswer, picturedInCareAnswer, takenOnPaperAnswer, groupEmailAheadAnswer, youngCollectorAnswer, familyInRecordAnswer, peopleListPutUpAnswer,
  complaintTimeAskedAnswer, helpingOftenAnswer, kinNotListedAnswer, itemUncollectedAnswer, paymentRaisedOfferedAnswer, vanBrokenIntoAnswer, savedSomewhereAnswer, animalInBadStateAnswer, camerasOnOwnPhoneAnswer, storageLostAnswer, onlookerAsksAnswer, neighboursBeforehandAnswer, greetingAskedAnswer, youngNamedInPostAnswer, paperLeftBehindAnswer, whereLivesAskedAnswer, detailsAfterIncidentAnswer, damagePhotosSentAnswer, groupPhotoToClientAnswer, harmToAnotherToldAnswer, conditionInPostAnswer, healthKeptElsewhereAnswer, formerClientKeptAnswer, consentStillValidAnswer, lowMoodToldAnswer, missedRefundAnswer, givenToImpostorAnswer, nearMissAnswer, foiAskedAnswer, groupPutToOtherUseAnswer, hoardingToldAnswer, outingToldAnswer, policeDetailsAnswer, streetPhotoAnswer, devicesWipedAnswer, askerKindRefusedAnswer, lossPostedInGroupAnswer, borrowedByAnotherAnswer, spokenPhotoLeaveAnswer, backFromTripAnswer, keptOnlyOnDeviceAnswer, cashHeldOnToAnswer, injuryRecordKeptAnswer, reactionToldAnswer, photosWhereAskedAnswer, expenseClaimAskedAnswer, youngWorkerLateAnswer, printedToTakeAnswer, takenInByAnotherAnswer, bookingChangeUnreferencedAnswer, incidentOnCameraAnswer, rowFilmedAnswer, caughtKeptAnswer, directContactAnswer, extraWorkAskedAnswer,
];

function storyRequestFirst(ctx: QaContext, question: string): QaAnswer | undefined {
  return firstTold(REQUESTS_TOLD, ctx, question) ?? firstTold(STORIES_TOLD, ctx, question);
}

// People round a job who are not the client: neighbours to be told before it, onlookers asking what it is or where one we
// serve lives, the public wanting details after an incident. The firm's rule on them is said in one sentence, which the words
// of the story would not find among the rest of the policy.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { toldThenSaid } from '../quoted-policies.ts';

/**
 * Someone asking what we are filming, told: "guy just came out of his house shouting asking what we're filming, I'm mid flight, what do
 * I say to him" (read in the eighty-ninth round).
 */
const ONLOOKER_ASKS =
  /\b(?:ask(?:ed|ing|s)?|shout(?:ed|ing|s)?|demand(?:ed|ing|s)?|wants? to know|wanted to know|wondering)\b[^.?!]{0,30}?\bwhat\s+(?:we['’]?re|we are|were|i['’]?m|i am|you['’]?re|you are)\s+(?:filming|recording|photographing|videoing|shooting|taking (?:photos|pictures|pics))\b/i;

/** A policy sentence on what to do when someone asks: "If someone asks what we are filming, stop, explain and give them the leaflet". */
const ONLOOKER_ASKS_SAID = /\basks?\b[^.]*\bwhat\s+(?:we\s+are|we['’]re|you\s+are)\s+(?:filming|recording|photographing|doing|shooting)\b/i;

/** Someone asking what we are filming ({@link ONLOOKER_ASKS}): the firm's one sentence on it. */
export const onlookerAsksAnswer = toldThenSaid(ONLOOKER_ASKS, ONLOOKER_ASKS_SAID);

/**
 * What to do about the neighbours before a job, asked: "chimney inspection on a terrace in Belle Vue tmrw, houses both sides. anything I
 * need to do beforehand re next door?" (read in the eighty-ninth round).
 */
const NEIGHBOURS_BEFOREHAND =
  /^(?=.*\b(?:before(?:hand)?|ahead|in advance|first)\b)(?=.*\b(?:anything|what)\b[^.?!]*\b(?:do|need|should|must|have to)\b).*\b(?:next door|neighbou?rs?|houses?\s+(?:on\s+)?(?:both|either)\s+sides?)\b/i;

/** A policy sentence on what is done for neighbours before a job: "Before a job in a residential street, Joe sends the neighbours our leaflet". */
const NEIGHBOURS_BEFOREHAND_SAID = /\bbefore\b[^.]*\b(?:neighbou?rs?|next door)\b/i;

/** What to do about the neighbours before a job ({@link NEIGHBOURS_BEFOREHAND}): the firm's one sentence on it. */
export const neighboursBeforehandAnswer = toldThenSaid(NEIGHBOURS_BEFOREHAND, NEIGHBOURS_BEFOREHAND_SAID);

/**
 * A stranger asking where one of those we serve lives: "a bloke in the park keeps asking which house the big doodle lives at cos he wants
 * to get one from the same breeder. what should i say" (read in the eighty-ninth round).
 */
const WHERE_LIVES_ASKED =
  /\b(?:ask(?:ed|ing|s)?|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:which\s+(?:house|flat|road|street|door)|where(?:abouts)?)\b[^.?!]{0,40}?\blives?\b/i;

/** A policy sentence never to tell where someone lives: "Do not tell other dog owners or passers-by … where a dog lives". */
const WHERE_LIVES_NOT_TOLD_SAID = /\b(?:do not|don['’]t|never|not)\s+(?:tell|say|give out|share)\b[^.]*\bwhere\b[^.]*\blives?\b/i;

/** A stranger asking where one we serve lives ({@link WHERE_LIVES_ASKED}): the firm's one sentence that it is never told. */
export const whereLivesAskedAnswer = toldThenSaid(WHERE_LIVES_ASKED, WHERE_LIVES_NOT_TOLD_SAID);

/**
 * A member of the public wanting our or a client's details after something happened: "one of ours nipped a jogger at Temple Newsam, no
 * real harm but she wants my name and the owners address and phone. help!!" (read in the eighty-ninth round).
 */
const DETAILS_WANTED_AFTER_INCIDENT =
  /^(?=.*\b(?:nipped|bit|bitten|knocked (?:over|down|into)|jumped (?:up )?(?:at|on)|scratched|crashed|bumped|hit|collided|tripped|fell|incident|accident)\b).*\b(?:wants?|wanted|asking for|asked for|demand(?:s|ed|ing)?)\s+(?:my|our|the\s+owners?['’]?s?|the\s+client['’]?s?|his|her|their|the\s+driver['’]?s?)\s+(?:full\s+)?(?:name|address|details|number|phone|contact details)\b/i;

/** A policy sentence on what the public get after an incident: "If a member of the public asks for details after an incident, give them the office number only". */
const DETAILS_AFTER_INCIDENT_SAID = /\basks?\s+for\s+(?:our\s+|any\s+|contact\s+)?(?:details|names?|an?\s+address|numbers?)\b[^.]*\bafter\s+(?:an?\s+)?(?:incident|accident|collision|bite)\b/i;

/** Details wanted after an incident ({@link DETAILS_WANTED_AFTER_INCIDENT}): the firm's one sentence on what to give. */
export const detailsAfterIncidentAnswer = toldThenSaid(DETAILS_WANTED_AFTER_INCIDENT, DETAILS_AFTER_INCIDENT_SAID);

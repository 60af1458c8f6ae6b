// Keys, entry codes and doors told in a story: a key lost, kept overnight or left in the van; a code given us, passed on or saved; someone
// we do not know asking to be let in.
import type { Policy } from '../../config/schema.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesSaying, quoted, theOnly, toldThenSaid } from '../quoted-policies.ts';
import { sentToWrongPerson, theBreachPolicy } from './breaches.ts';

/** A door key, not a key that is data ("api key", "private key") nor a thing keys go in or on ("key tag", "key safe", "key log"). */
const A_KEY = String.raw`(?<!\b(?:api|private|public|encryption|ssh|licen[cs]e|product|access|security)\s)keys?\b(?!\s*(?:tags?|logs?|log book|cutting|lockers?|cabinets?|safes?|box(?:es)?|fobs?|holders?|cards?|codes?|numbers?|worker|points?|terms?|dates?|stage)\b)`;

/** A door key or fob ("dropped the fob for Kirkgate House", "keep the fob overnight", read in the ninetieth round); not a fob reader or system. */
const A_KEY_OR_FOB = String.raw`(?:${A_KEY}|(?<!\bkey\s)fobs?\b(?!\s*(?:readers?|systems?|apps?|entry system)\b))`;

/**
 * A key kept, left or given us in the telling: "ok to leave the keys in the van overnight?", "client left us a front door key for
 * the pickup", "can I take the keys home tonight". The key is handled within a few words of it.
 */
const KEY_HANDLED = new RegExp(
  String.raw`\b(?:left|leave|leaving|take|taking|took|keep|keeping|hang on to|hold on to|gave (?:me|us)|given (?:me|us))\b(?:\s+[\w'’-]+){0,6}?\s+${A_KEY_OR_FOB}`,
  'i',
);

/** A key lost: "think i lost my clinic key somewhere in town". */
const KEY_LOST = new RegExp(String.raw`\b(?:lost|lose|losing|dropped|mislaid|misplaced|can['’]?t find|cant find)\b(?:\s+[\w'’-]+){0,6}?\s+${A_KEY_OR_FOB}`, 'i');

/**
 * A customer's key in the telling ("lost a customer's house keys", "the keys for a vendor's house"): one lost is a breach, which the
 * breach policy's own words answer, not the rule on keeping keys.
 */
const SOMEONE_ELSES_KEY = /\b(?:customer|client|vendor|tenant|landlord|patient|guest|resident|buyer|seller)s?['’]?s?\b(?:\s+[\w'’-]+){0,2}?\s+keys?\b|\bkeys?\s+(?:for|to|of)\s+(?:a|an|the|one of the)\s+(?:[\w'’-]+\s+)?(?:customer|client|vendor|tenant|landlord|patient|guest|resident)s?['’]?s?\b/i;

/**
 * Keys kept away from where they live: "where are client keys meant to live overnight? ok if i take them home", "aaron's got the keys
 * from the job, can he just keep them at his tonight".
 */
const KEY_KEPT_OVERNIGHT = new RegExp(String.raw`\b${A_KEY_OR_FOB}[^?!]*\b(?:overnight|over the weekend|take (?:them|it) home|home (?:tonight|with me)|(?:keep|have|leave) (?:them|it) at (?:his|hers|mine|theirs|home|(?:his|her|my|their) (?:place|house|flat))\b)`, 'i');

/** A key handled, or one of our own lost. */
function keyTold(question: string): boolean {
  return KEY_HANDLED.test(question) || KEY_KEPT_OVERNIGHT.test(question) || (KEY_LOST.test(question) && !SOMEONE_ELSES_KEY.test(question));
}

/** An entry code: "alarm code", "burglar alarm number", "key safe code", "gate code". */
/** An entry code by its name ("the gate code", "key safe number") or by what it opens ("the number for the gate", "the code to get in"). */
const ENTRY_CODE = String.raw`(?:(?:(?:burglar\s+)?alarm|key ?safe|key ?box|lock ?box|key|gate|door|entry|padlock)\s+(?:codes?|numbers?|pins?|combinations?)|(?:codes?|numbers?|pins?|combinations?)\s+(?:for|to|on)\s+(?:the\s+)?(?:gate|front door|door|alarm|key ?safe|key ?box|padlock|clubhouse|building|car park)|(?:codes?|numbers?|pins?)\s+to\s+(?:get|let\s+(?:him|her|them)(?:sel(?:f|ves))?)\s+in)\b`;

/**
 * An entry code saved or given us in the telling, besides one sent ({@link CODE_SENT}): "can i save the alarm code in my notes",
 * "mrs okafor gave me her burglar alarm number where do i put it", "someone in the team group asked for a key safe code", "shall i
 * write it on the job sheet?".
 * Where codes are kept, asked bare ("where are the alarm codes stored"), tells no story: the supplier that holds them answers that.
 */
const CODE_KEPT = new RegExp(
  String.raw`\b(?:save|saved|saving|gave (?:me|us)|given (?:me|us)|told (?:me|us)|asked (?:me )?for|asking (?:me )?for|wants?)\b(?:\s+[\w'’-]+){0,5}?\s+${ENTRY_CODE}|\b${ENTRY_CODE}(?:\s+[\w'’-]+){0,4}?\s+(?:in|into|on)\s+(?:my|the|our)\s+(?:own\s+)?(?:notes|phone|messages|group|chat|whatsapp)\b` +
    // Written down to pass on: "left a note with her alarm code on, shall i write it on jamie's job sheet?".
    String.raw`|\b${ENTRY_CODE}[^?]*\b(?:write|wrote|writing|jot|jotted|put|copy|copied)\s+(?:it|them|that|this)\s+(?:down\s+)?(?:on|in|onto|into)\b`,
  'i',
);

/** An entry code put in a team's group chat: "put the key code for my 7am in the north whatsapp". */
const CODE_IN_GROUP = new RegExp(String.raw`\b${ENTRY_CODE}[^.?!]{0,40}?\bin(?:to)?\s+(?:the|our|a|my)\s+(?:[\w-]+\s+){0,2}?(?:whatsapp|group chat|group|chat)\b`, 'i');

/**
 * An entry code sent over a messaging channel: "can i whatsapp the key safe code over", "someone asked for a key safe code, can
 * i just whatsapp it over", "ok to email the alarm code to the new sitter". The channel may be a supplier of ours by its own
 * name, but it is only how the code would travel: the keys policy answers, not the messaging app's entry.
 */
const CODE_SENT = new RegExp(
  String.raw`\b(?:text|texted|texting|whatsapp|whatsapped|message|messaged|e-?mail|e-?mailed|send|sent|dm)\b(?:\s+[\w'’-]+){0,5}?\s+${ENTRY_CODE}|\b${ENTRY_CODE}.*\b(?:text|whatsapp|message|e-?mail|send|dm)\s+(?:it|them|that|this|over|across)\b|\b${ENTRY_CODE}.*\b(?:over|on|by|via)\s+(?:whatsapp|text|e-?mail|messenger|the group(?: chat)?)\b|${CODE_IN_GROUP.source}`,
  'i',
);

/** A policy titled on the team's group chats: "What can go in the team WhatsApp groups". */
const GROUP_CHAT_POLICY = /\b(?:whatsapp|group chats?|groups?)\b/i;

/**
 * A code put in a group chat: the one policy on what may go in the groups, where it names codes, then the one on keys (both rule on it:
 * the group's says what never goes there, the keys' what becomes of a code seen).
 */
function codeInGroupAnswer(ctx: QaContext, question: string, keys: readonly Policy[]): QaAnswer | undefined {
  if (!CODE_IN_GROUP.test(question)) return undefined;
  const groups = policiesByTitle(ctx, GROUP_CHAT_POLICY).filter((p) => /\bcodes?\b/i.test(p.text) && !keys.includes(p));
  return groups.length === 1 ? quoted(keys.length === 1 ? [groups[0]!, keys[0]!] : [groups[0]!]) : undefined;
}

/** An entry code sent over a messaging channel: the firm's one policy on keys and codes, whatever channel the story names; sent to the wrong person, the breach policy before it. */
export function codeSentAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CODE_SENT.test(question)) return undefined;
  const keys = policiesByTitle(ctx, KEYS_POLICY);
  // "Texted a gate code to the wrong customer": a breach first (whom to tell, how fast), then the rule on codes (changing it).
  const breach = sentToWrongPerson(question) ? theBreachPolicy(ctx) : undefined;
  if (breach) return quoted(keys.length === 1 && keys[0] !== breach ? [breach, keys[0]!] : [breach]);
  // The one policy whose own sentence says codes are never sent so ("given out in person, not by text or WhatsApp"), before one titled for keys.
  return codeInGroupAnswer(ctx, question, keys) ?? theOnly(policiesSaying(ctx, CODES_NOT_SENT_SAID)) ?? theOnly(keys);
}

/**
 * A policy sentence that codes are not sent by text or message: "given out in person, not by text", "never text or WhatsApp a code", "given
 * by Rob in person or by phone, never in writing" (read in the ninety-second round).
 */
const CODES_NOT_SENT_SAID = /^(?=[^.]*\bcodes?\b)[^.]*\b(?:(?:not|never)\s+(?:be\s+)?(?:sent\s+|given\s+(?:out\s+)?|shared\s+|passed\s+on\s+)?(?:by|over|via)\s+(?:text|sms|whatsapp|e-?mail|messages?)|never\s+(?:text|whatsapp|e-?mail|message|send)\s+(?:a|the|any|an)?\s*(?:[\w-]+\s+)?codes?|(?:given|passed on|shared)\s+(?:out\s+)?(?:by\s+[A-Z][a-z]+\s+)?in person\b[^.]*\bnever\s+in\s+writing)\b/i;

/** A policy on keys or entry codes, by its title: "Keys and the alarm code", "Client keys and access codes", "Key safe codes, gate codes and keys". */
const KEYS_POLICY = /\bkeys?\b|\bkey ?safes?\b|\balarm codes?\b|\bgate codes?\b/i;

/**
 * An entry code changed, told: "they've had a new key box fitted on the porch with a different number", "her son changed the key safe
 * code". The record of it is to be put right.
 */
const CODE_CHANGED = new RegExp(
  String.raw`\b(?:new|different)\s+(?:key ?safe|key ?box|lock ?box|alarm|gate lock|door lock)\b[^.?!]{0,40}?\b(?:different|new)\s+(?:codes?|numbers?|pins?)\b|\bchang(?:ed|es|ing)\s+(?:the|their|her|his|its)\s+${ENTRY_CODE}|\b${ENTRY_CODE}\s+(?:has\s+|have\s+)?(?:been\s+)?changed\b`,
  'i',
);

/** An entry code given to someone, asked: "my mate's not a member, can i just give him the number to get in?", "ok to tell the courier the gate code?". */
const CODE_GIVEN = new RegExp(String.raw`\b(?:give|tell|pass|share|let)\s+(?:him|her|them|my (?:mate|friend|pal|partner)|the (?:courier|driver|delivery (?:guy|driver|man)|plumber|cleaner|contractor))\s+(?:have\s+)?(?:the\s+)?(?:[\w-]+\s+)?${ENTRY_CODE}`, 'i');

/** A key or entry code told in a story: the firm's one policy on keys and codes, not the supplier whose entry holds the codes. */
export function keysToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const lost = KEY_LOST.test(question);
  const told = keyTold(question) || CODE_SENT.test(question) || CODE_KEPT.test(question) || CODE_CHANGED.test(question) || CODE_GIVEN.test(question);
  if (!told && !lost) return undefined;
  const keys = policiesByTitle(ctx, KEYS_POLICY);
  // A key lost, ours or a client's, is the one policy on keys titled for losing them ("Lost or stolen tablet, phone, job sheets or
  // client keys"), beside one on key safe codes; a client's key lost where none is, the breach policy's words answer.
  const forLoss = lost ? keys.filter((p) => LOSS_TITLE.test(p.title)) : [];
  if (forLoss.length === 1) return quoted(forLoss);
  // Else, of a policy on keys and one on alarm codes, the one with a sentence on a key lost ("If a key is lost, tell Marcus within one hour").
  const sayingLoss = told && lost && forLoss.length === 0 ? policiesSaying(ctx, KEY_LOSS_SAID).filter((p) => keys.includes(p)) : [];
  if (sayingLoss.length === 1) return quoted(sayingLoss);
  return told ? theOnly(keys) : undefined;
}

/** A sentence on a key lost: "If a key is lost, tell Marcus", "a lost key is reported". */
const KEY_LOSS_SAID = /\bkeys?\s+(?:is|are|gets?|goes|has been|have been)\s+(?:lost|missing|stolen)\b|\bif\s+(?:you\s+)?los[et]\s+a\s+key\b/i;

/** A title about losing things: "Lost or stolen …", "Losing keys". */
export const LOSS_TITLE = /\b(?:lost|losing|loss|stolen|missing)\b/i;

/**
 * One of ours leaving who knows a code, asked what follows: "fiona's stepping down at xmas and she knows the combo for the box upstairs,
 * does anything need done?", "jordan's last day is friday, do we need to sort anything about getting in the gate after she goes?".
 */
const LEAVER_KNOWS_CODE = /^(?=.*\b(?:stepping down|steps down|stepped down|leaving|leaves|finishing|finishes|retiring|retires|moving on|last (?:day|shift|week)|handed (?:in )?(?:his|her|their) notice|after (?:he|she|they) (?:goes|go|leaves|leave))\b)(?=.*\b(?:codes?|combo|combination|pins?|gate|key ?safe|alarm|padlock|lock ?box)\b)(?=.*(?:\?|\b(?:anything|what (?:do|should|shall)|do (?:i|we) need|does (?:anything|it)|need(?:s)? (?:to be )?(?:done|sorting|changing)))).*$/i;

/** A policy sentence that a code changes whenever someone leaves: "changed every 3 months and whenever someone leaves", "whenever someone who knows it leaves". */
const CODE_CHANGED_ON_LEAVING_SAID = /\bchang\w*\b[^.]*\b(?:whenever|when|each time|every time|if)\s+(?:someone|anyone|somebody|a member of (?:staff|the team)|staff|a volunteer|an? [\w-]+)\s+(?:who\s+[^.]{0,40}?\s+)?(?:leaves|left|goes|stops)\b/i;

/** A leaver who knows a code ({@link LEAVER_KNOWS_CODE}): the one policy saying the code is changed when someone leaves. */
export function leaverCodeAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return LEAVER_KNOWS_CODE.test(question) ? theOnly(policiesSaying(ctx, CODE_CHANGED_ON_LEAVING_SAID)) : undefined;
}

/**
 * A password or safe word prompted to one who could not say it: "a mum at pick up couldnt remember the word so i gave her the first
 * letter as a hint", "he forgot the password so I told him it". Forgotten, then helped to it.
 */
const PASSWORD_PROMPTED = /\b(?:couldn['’]?t|could not|can['’]?t|cannot|didn['’]?t|did not|forgot|forgotten)\s+(?:remember\s+|recall\s+|think of\s+)?(?:the|her|his|their)\s+(?:pass ?word|safe ?word|code ?word|word|password)\b[^.?!]{0,60}?\b(?:gave|give|told|tell|said|helped|prompted|hinted)\s+(?:her|him|them)\b[^.?!]{0,30}?\b(?:hint|first letter|clue|it|the (?:pass ?word|word|answer))\b/i;

/** A policy sentence never to prompt a password: "Never say the password out loud or prompt them", "don't give hints". */
const NO_PROMPTING_SAID = /\b(?:pass ?words?|safe ?words?|code ?words?)\b[^.]*\b(?:prompt\w*|hints?|clues?|out loud)\b|\b(?:prompt\w*|hints?|clues?)\b[^.]*\b(?:pass ?words?|safe ?words?|code ?words?)\b/i;

/** A password prompted: the one policy that says never to prompt it. */
export const passwordPromptedAnswer = toldThenSaid(PASSWORD_PROMPTED, NO_PROMPTING_SAID);

/**
 * An address asked onto a key's tag: "making new tags for the spare keys, should i put the farm address on them in case they get lost".
 * The firm's one policy sentence on what a key's tag may say ("on tags with the cottage name only", "a numbered tag with no name or address").
 */
const ADDRESS_ON_TAG_ASKED = /^(?=.*\b(?:should|shall|can|could|ok|okay|allowed)\b)(?:.*\b(?:tags?|key ?rings?|fobs?|labels?)\b[^.?!]{0,60}?\b(?:put|write|stick|print|mark)\b[^.?!]{0,40}?\b(?:address|postcode)\b|.*\b(?:put|write|stick|print|mark)\b[^.?!]{0,30}?\b(?:address|postcode)\b[^.?!]{0,20}?\b(?:on|onto)\s+(?:the\s+)?(?:spare\s+)?(?:keys?|key ?tags?|tags?|fobs?|labels?)\b)/i;
const ADDRESS_ON_TAG_SAID = /\b(?:tags?|fobs?|labels?|key ?rings?)\b[^.]*\baddress(?:es)?\b|\baddress(?:es)?\b[^.]*\b(?:tags?|fobs?|labels?|key ?rings?)\b/i;
export const addressOnTagAnswer = toldThenSaid(ADDRESS_ON_TAG_ASKED, ADDRESS_ON_TAG_SAID);

/**
 * Someone we do not know asking to be let in: "bloke outside says he's a mate of gareth's and wants me to let him in, never seen him before",
 * "a woman at the door with no fob wants me to hold the door for her", "a lad i dont know is banging on the door asking to be let in", "bloke
 * followed me in … didn't recognise him". Let in, and not known: never seen, not recognised, known only by what they say of themselves, or
 * without a fob.
 */
const STRANGER_LET_IN_TOLD =
  /^(?=.{0,300}?\b(?:(?:let|letting|buzz|buzzing)\s+(?:him|her|them)\s+(?:in|through)|(?:hold|holding|open|opening)\s+the\s+(?:door|gate)\s+for\s+(?:him|her|them)|(?:asking|asked|wants?|wanting)\s+to\s+be\s+(?:let|buzzed)\s+in|(?:bloke|man|guy|woman|lady|lad|someone|somebody|he|she|they)\s+followed\s+me\s+in)\b)(?=.{0,300}?\b(?:never\s+seen\s+(?:him|her|them)|(?:don['’]?t|dont|do not|didn['’]?t|didnt|did not)\s+(?:know|recognise|recognize)\s+(?:him|her|them)|(?:lad|guy|man|woman|bloke|lady|someone|somebody)\s+i\s+(?:don['’]?t|dont|do not)\s+(?:know|recognise|recognize)|(?:says?|reckons?|claims?)\s+(?:he|she|they)(?:['’]?s|['’]re|\s+is|\s+are)\s+(?:a\s+)?(?:mate|friend|pal|member|with|here\s+for)|(?:no|without\s+a|forgot\s+(?:his|her|their))\s+fob)\b)/i;

/**
 * A policy sentence against letting in someone we do not know: "Never lend your fob or hold the door for someone you do not know", "Do not
 * let people follow you in through the doors without a fob", "Do not let anyone tailgate through the gate behind you".
 */
const STRANGER_LET_IN_SAID = /\b(?:hold|open)\s+(?:the\s+)?(?:door|gate)\s+for\s+(?:someone|anyone|people|strangers)\s+you\s+(?:do not|don['’]t)\s+(?:know|recognise)\b|\b(?:let|allow)\s+(?:anyone|someone|people)\s+(?:follow\s+you\s+in|tailgate)\b/i;

/** Someone we do not know asking to be let in: the one policy sentence against it. */
export const strangerLetInAnswer = toldThenSaid(STRANGER_LET_IN_TOLD, STRANGER_LET_IN_SAID);

/**
 * One's fob, key or pass asked to be lent: "jades boyfriend wants to borrow her fob so he can get in before opening", "can i lend my keys to
 * the new volunteer", "new lad keeps forgetting his fob, ok if he just takes mine", "can i give my fob to my partner". Lent to another, not
 * one's own use ("can i borrow the spare fob till mine comes").
 */
const ACCESS_LENT_TOLD =
  /\b(?:take|takes|have|use|borrow)\s+mine\b(?<=\b(?:fobs?|keys?|key ?cards?|swipe ?cards?|pass(?:es)?)\b.*)|\bgive\s+(?:my|her|his)\s+(?:staff\s+|door\s+)?(?:fobs?|keys?|key ?cards?|swipe ?cards?|pass(?:es)?)\s+to\b|\b(?:borrow|borrowing|use|have)\s+(?:her|his|my|their|your)\s+(?:staff\s+|door\s+|office\s+|building\s+)?(?:fobs?|keys?|key ?cards?|swipe ?cards?|pass(?:es)?)\b(?<=\b(?:wants?|wanted|asked|asks|asking|can|could)\b.*)|\blend(?:ing)?\s+(?:him|her|them|[a-z]+)\s+(?:my|the|our)\s+(?:staff\s+|door\s+|office\s+|building\s+|spare\s+)?(?:fobs?|keys?|key ?cards?|swipe ?cards?|pass(?:es)?)\b/i;

/** A policy sentence against lending a fob, key or pass: "Never lend a staff door fob", "Never lend your keys or give your alarm code to anyone". */
const ACCESS_NEVER_LENT_SAID = /\bnever\s+lend\s+(?:a|an|your|the)\s+(?:(?:staff|door|client|office)\s+){0,2}(?:fobs?|keys?|key ?cards?|swipe ?cards?|pass(?:es)?)\b/i;

/** One's fob, key or pass asked to be lent: the one policy sentence against lending it. */
export const accessLentAnswer = toldThenSaid(ACCESS_LENT_TOLD, ACCESS_NEVER_LENT_SAID);

/**
 * The last one out or locking up, asked what to do: "i'm last out tonight for the first time ever, anything i need to do before i
 * go?", "i'm directing tonight and last out for the first time, anything i need to do before i leave?", "locking up on my own
 * tonight, what do i need to do?", "im shutting the site tonight, last one here, whats the drill", "am i meant to set the alarm if im
 * the last one out?". A what-to-do asked, not who locks up ("who's last out on friday?"), nor another matter told beside it (a child
 * not picked up, someone in the car park), nor the last one out of a chat group.
 */
const LAST_OUT_TOLD =
  /^(?!.*\b(?:picked up|collected|car ?park|someone|somebody|stranger|whatsapp|group)\b)(?=.*\b(?:i['’]?m|i am|im|i['’]?ll be|i will be)\b(?:\s+[\w'’-]+){0,4}?\s+(?:the\s+)?(?:last\s+(?:one\s+|person\s+)?(?:out|to leave|to go|leaving|in the building|here)|locking up|shutting (?:up|the [\w-]+))\b|.*\b(?:locking|closing) up\b[^?]{0,30}\b(?:on my own|by myself|alone|for the first time)\b)(?=.*\b(?:anything|what)\s+(?:else\s+)?(?:do\s+)?(?:i|we)\s+(?:need|have|must|should)\s+to\b|.*\bwhat\s+(?:do|should|must)\s+i\s+(?:do|check)\b|.*\bwhat['’]?s the drill\b|.*\bam i (?:meant|supposed) to\b)/i;

/** A policy sentence on what the last one out does: "The last person out sets the alarm and records it in the lock-up book." */
const LAST_OUT_SAID = /\bthe last (?:[\w-]+ ){0,2}?(?:out|to leave|person|one|director|member|volunteer|keyholder|key-holder)\b[^.]*\b(?:alarm|lock\w*|windows?)\b/i;

export const lastOutAnswer = toldThenSaid(LAST_OUT_TOLD, LAST_OUT_SAID);

/**
 * A door code or PIN used by someone it is not theirs: "lad reckons his mate has been using his code to get in for weeks", "someone's been
 * using my pin to get in". The one policy sentence on a code shared.
 */
const CODE_OF_ANOTHER_TOLD = /\b(?:using|used|uses)\s+(?:his|her|their|my|someone['’]?s|somebody['’]?s|another\s+\w+['’]?s)\s+(?:door\s+|entry\s+|gym\s+|access\s+)?(?:codes?|pins?|passcodes?)\b/i;

/** A policy sentence on a code shared: "If a member says their code has been shared or they have been followed in, … resets the code". */
const CODE_SHARED_SAID = /\b(?:codes?|pins?)\b[^.]*\b(?:has|have)\s+been\s+(?:shared|passed on|given out)\b/i;

export const codeOfAnotherAnswer = toldThenSaid(CODE_OF_ANOTHER_TOLD, CODE_SHARED_SAID);

// A record made for someone years ago, or camera footage of weeks ago, asked whether we still have it: how long we keep things answers,
// not a request's policy.
import type { Policy } from '../../config/schema.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesSaying, quoted, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';
import { sentencesOf } from '../policy-passages.ts';
import { RETENTION_TITLE } from '../retention-policy.ts';
import { escapeRegExp } from '../text.ts';
import { PAPER_FOUND_OUTSIDE } from './breaches.ts';

/**
 * Whether we still hold a record: "would we still have it", "do we still keep their notes", "asking if we still have her details", "asking
 * if we've still got grandad's raw audio", "asking if we still hold her address and medical stuff", "or is it long gone"; not "do we
 * still have lessons in 2027", which asks after no record.
 */
const STILL_HELD_ASKED = /\b(?:would|do|will|did|should|have|could|if|whether)\s+we(?:['’]ve|\s+have)?\s+still\s+(?:have|hold|keep|got|be keeping)\s+(?:it|them|that|those|this|these|a copy|copies|(?:the|their|her|his|its|any|[a-z]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:records?|notes|files?|paperwork|certs?|certificates?|reports?|cop(?:y|ies)|invoices?|receipts?|quotes?|proofs?|photos?|pictures?|details|data|info|address(?:es)?|artwork|measurements|drawings?|forms?|documents?|docs|diar(?:y|ies)|audio|recordings?|tapes?))\b|\bstill\s+(?:have|got|hold|keep)\s+(?:it|them|that|those|a copy|the|any)\b|\blong gone\b|\bbeen\s+(?:deleted|binned|shredded|destroyed|got rid of)\s+by now\b/i;

/** The thing told as made or held long ago: "in 2018", "five years ago", "years back", "ages ago", "back in june", "going back to june", "last summer". */
const LONG_AGO = /\b(?:19|20)\d\d\b|\b(?:\d+|a few|a couple of|several|many|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years?|yrs)\s+(?:ago|back)\b|\b(?:years|ages|months)\s+(?:ago|back)\b|\blast (?:year|summer|spring|autumn|winter)\b|\b(?:back in|(?:going\s+)?back to|since)\s+(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;


/**
 * Something made or held long ago, asked whether we still have it: "someone wants a copy of the eicr we did for them in 2018,
 * would we still have it?". The copy asked for is no request for one's own data: whether it still exists is the retention rule.
 */
export function oldRecordStillHeldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!STILL_HELD_ASKED.test(question) || !LONG_AGO.test(question)) return undefined;
  return theOnly(policiesByTitle(ctx, RETENTION_TITLE));
}

/**
 * The records of one who has left, asked gone now: "girl with the dairy allergy left in july, can i get rid of her diet form now", "he
 * stopped coming in march, ok to delete his file?", "a family resigned membership in 2019, can i bin their file now?", "mary hasn't been since
 * easter, when should her emergency contact stuff be cleared off the list?", "old Mr Pengelly hasn't paid his subs since 2022 … wendy asked if we
 * just wipe him off", "one of our coaches stopped coaching last year, can i wipe his dbs date now?", "a volunteer hasnt been out with us since
 * 2023, are we still meant to have his details", "we saw a 13 y/o in 2019 who never came back. when can her record go?" (read in the ninety-first
 * round). Whether it may go yet is the retention
 * rule's, not the rule on what the record holds.
 */
const LEFT_RECORD_GONE_ASKED = /\b(?:left(?!\s+(?:her|his|their|the|a|an|it|them|some|my|our|its)\b)|left\s+(?:the\s+|our\s+)?(?:team|club|group|company|firm|charity|trust|school|choir|band|society|association|committee|crew|squad|rota)\b|moved (?:on|away|schools?)|stopped (?:coming|coaching|volunteering|helping|teaching|driving)|(?:hasn['’]?t|hasnt|has not|haven['’]?t|havent|have not)\s+(?:been|come)\s+(?:in\s+|here\s+|along\s+|out\s+with\s+us\s+)?since|never (?:came|come) back|never returned|didn['’]?t come back|finished (?:with us|school|up)|resigned(?:\s+(?:their|his|her)?\s*membership)?|cancelled\s+(?:their|his|her)\s+membership|(?:hasn['’]?t|hasnt|has not|haven['’]?t|havent|have not)\s+paid\s+(?:his|her|their)\s+(?:subs|subscription|membership|fees?)\s+since)\b[^?]{0,60}?\b(?:(?:get rid of|delete|bin|shred|throw away|throw out|chuck|clear out|destroy|remove|wipe)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:forms?|records?|files?|notes|details|paperwork|dates?)\b|(?:wipe|delete|remove|take|strike|cross)\s+(?:him|her|them)\s+(?:off|out)\b|(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:forms?|records?|files?|notes|details|paperwork|stuff|info)\s+(?:be\s+)?(?:cleared|deleted|removed|binned|shredded|wiped|taken off)\b|(?:still\s+)?(?:meant|supposed|allowed)\s+to\s+(?:have|keep|hold)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:details|records?|info|data|file|forms?)\b|when\s+(?:can|does|do|will|should)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:records?|files?|notes|details)\s+go\b|(?:do|should|would|must)\s+(?:we|i)\s+still\s+(?:need|have to keep|keep|hold)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:forms?|records?|files?|notes|details|paperwork|stuff|info)\b)/i;

/**
 * A sentence keeping or deleting a record until or after one leaves: "kept until the end of the term after the pupil leaves the school",
 * "When a membership ends, … it is deleted 12 months later", "A lapsed member is deleted 2 years after their subscription ran out",
 * "deleted two years after someone's last work party", "Records of members who leave are deleted from membermojo 2 years after…" (the review of
 * the ninety-second round).
 */
const KEPT_TILL_LEAVING_SAID = /\b(?:who|that)\s+(?:leave|left|have left|stop coming|lapse)\b[^.]*\b(?:kept|deleted|removed|shredded|destroyed)\b|\b(?:kept|keep|held|deleted|removed|shredded|destroyed)\b[^.]*\b(?:after|once|when|until)\b[^.]*\b(?:leaves?|left|leaving|resigns?|resigned|stops? (?:coming|coaching|volunteering|helping|teaching|driving)|stopped (?:coming|coaching|volunteering|helping|teaching|driving))\b|\b(?:when|once|after)\s+(?:a|the|their|his|her)\s+(?:membership|placement|course|contract|tenancy)\s+(?:ends|has ended|is over|finishes)\b[^.]*\b(?:kept|deleted|removed|shredded|destroyed|closed)\b|\b(?:deleted|removed|kept)\b[^.]*\bafter\b[^.]*\b(?:subscription|membership)\s+(?:ran out|runs out|lapsed|lapses|ended|ends|expired|expires)\b|\b(?:kept|deleted|removed|shredded|destroyed)\b[^.]*\bafter\s+(?:someone['’]s|their|his|her|the)\s+last\s+(?:[\w-]+\s+){0,2}?(?:visit|session|shift|work party|class|booking|appointment|attendance|contact|stay)\b/i;

/** Whether the records of one who has left are asked gone ({@link LEFT_RECORD_GONE_ASKED}). */
export function leftRecordAskedGone(question: string): boolean {
  return LEFT_RECORD_GONE_ASKED.test(question);
}

/** The records of one who has left, asked gone: the one policy with a sentence on keeping them till after leaving, a retention schedule first. */
export function leftRecordGoneAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!LEFT_RECORD_GONE_ASKED.test(question)) return undefined;
  return theOnlyPreferring(policiesSaying(ctx, KEPT_TILL_LEAVING_SAID), (p) => RETENTION_TITLE.test(p.title));
}

/**
 * Back from a trip, whether its papers are still needed asked: "we got back from the red sea in june, do we still need everyones passport
 * details" (read in the ninety-first round).
 */
const BACK_FROM_TRIP_STILL_NEEDED = /\b(?:got back|came back|come back|back from|returned|home from)\b[^?]{0,60}?\b(?:do|should|can|must)\s+(?:we|i)\s+still\s+(?:need|keep|have|hold)\s+(?:(?:everyone['’]?s|everyones|their|the|all the|all their|his|her|those|these)\s+)?(?:[\w-]+\s+)?(?:details|passports?|forms?|records?|info|information|data|lists?|copies|papers|paperwork|numbers)\b/i;

/** A policy sentence on how long a trip's papers are kept after the group is back: "deleted 3 months after the group returns". */
const KEPT_TILL_RETURN_SAID = /\b(?:kept|deleted|removed|shredded|destroyed)\b[^.;]*\bafter\s+(?:the|a|each|every|their)\s+(?:[\w-]+\s+)?(?:group|trip|party|team|travellers?)\s+(?:returns?|gets? back|comes? back|is back|are back)\b/i;

export const backFromTripAnswer = toldThenSaid(BACK_FROM_TRIP_STILL_NEEDED, KEPT_TILL_RETURN_SAID);

/**
 * Old records asked whether they should still be held at all, whatever system holds them ("enquiries in LD from 2024 that never
 * became clients, should they still be there"): the retention rule, not the system's entry.
 */
export function oldRecordStillThereAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!STILL_THERE_ASKED.test(question) || !LONG_AGO.test(question)) return undefined;
  return theOnly(policiesByTitle(ctx, RETENTION_TITLE));
}

/**
 * Camera footage of a day some weeks or months gone asked whether it is still there: "customer says we dinged his door about 2 months ago,
 * is the cctv of it still there?", "coat got nicked here about 6 weeks ago, can we go back through the cameras?". Not how long it is kept, asked ("how long is camera footage kept for"): the cameras' entry says.
 */
const OLD_FOOTAGE_ASKED = /^(?!.*\bhow long\b)(?=.*\b(?:\d+|a|a few|a couple of|two|three|four|five|six|several)\s+(?:weeks?|months?)\s+(?:ago|back)\b|.*\blast month\b).*(?:\b(?:is|are|will|would)\s+(?:the\s+)?(?:cctv|footage|camera footage|recordings?)\s+(?:of\s+(?:it|that|him|her|them)\s+)?(?:still\s+)?(?:be\s+)?(?:there|available|on (?:the system|there))\b|\b(?:go|look|scroll|search)\s+back\s+(?:through|on|over)\s+(?:the\s+)?(?:cctv|cameras?|footage|recordings?)\b)/i;

/** A policy sentence on how long the cameras keep footage: "CCTV overwrites itself after 30 days". */
const FOOTAGE_KEPT_SAID = /\b(?:cctv|footage|recordings?)\b[^.;]*\b(?:overwrit\w*|deleted|kept|erased|wiped)\b/i;

/** Old footage asked still there: the one policy sentence on how long footage is kept, of several the retention policy's. */
export function oldFootageAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return OLD_FOOTAGE_ASKED.test(question) ? theOnlyPreferring(policiesSaying(ctx, FOOTAGE_KEPT_SAID), (p) => RETENTION_TITLE.test(p.title)) : undefined;
}

/**
 * How long what a camera caught is kept, asked: "the cam at the wood edge picked up loads of dog walkers this month, how long can we keep
 * those?" (read in the ninety-second round).
 */
const CAUGHT_KEPT_ASKED = /\b(?:cams?|cameras?|cctv|trail ?cams?|dash ?cams?|doorbell)\b[^.?!]{0,40}?\b(?:picked up|caught|got|recorded|filmed|captured)\b[^?]*\bhow long\b[^?]*\b(?:keep|kept|hold|held|store|stored)\b/i;

/** A policy sentence on how long clips or footage are kept: "Clips that show walkers … are deleted within 31 days". */
const CLIPS_KEPT_SAID = /\b(?:clips?|footage|recordings?|videos?|images?)\b[^.]*\b(?:deleted|kept|overwritten|wiped|erased)\b[^.]*\b(?:within|after|for)\s+\d+/i;

export const caughtKeptAnswer = toldThenSaid(CAUGHT_KEPT_ASKED, CLIPS_KEPT_SAID);

/** Whether old records should still be held at all: "should her details still be on the system?", "is that meant to still be there??", "enquiries from 2024 that never became clients, should they still be there", "cases cancelled back in 2022 still on there, should they be?", "placed once in 2023 and never heard from since, is she still sitting on the database?". */
const STILL_THERE_ASKED = /\bshould\s+(?:his|her|their)\s+(?:details|records?|data|files?|stuff|notes)\s+still\s+be\s+(?:on|in|there|kept)\b|\b(?:is|are)\s+(?:his|her|their)\s+(?:stuff|records?|notes|details|data|file|files)\s+(?:still\s+)?(?:meant|supposed|allowed)\s+to\s+(?:still\s+)?be\s+(?:still\s+)?(?:there|kept|on|in)\b|\b(?:is|are)\s+(?:that|it|they|those|these|this)\s+(?:meant|supposed|allowed)\s+to\s+(?:still\s+)?be\s+(?:still\s+)?(?:there|on there|kept|on the system)\b|\bstill\s+(?:on|in)\s+(?:there|the system|it|file|(?:the\s+)?[\w-]+)\b[^.?!]{0,10}?\bshould\s+(?:they|it|these|those)\s+(?:still\s+)?be\s*\?|\b(?:should|ought)\s+(?:they|it|these|those|them|that)\s+(?:still\s+)?(?:to\s+)?be\s+(?:there|kept|on (?:there|the system|it|file))\b|\bare we (?:still\s+)?(?:allowed|meant|supposed) to (?:keep|have|hold) (?:them|it|these|those)\b|\b(?:is|are)\s+(?:she|he|they)\s+still\s+(?:sitting|sat|kept)\s+(?:on|in)\s+(?:the|our)\s+(?:database|system|books)\b/i;

/** Records of people, by the trade's names for them: notes, files, forms, cards. */
const RECORDS = String.raw`(?:(?:boarding|passenger|delegate|attendance|visit|booking|class|trip) lists?|records?|applications?|notes|files?|forms?|cards?|paperwork|papers|letters?|reports?|invoices?|receipts?|registers?|diar(?:y|ies)|details|data|photos?|emails?|contracts?|agreements?|documents?|statements?|tickets?|job sheets?|(?:delivery |day |sign[- ]?in |run |route |order |wage |pay |cash[- ]?up |time |booking |takings |rota |attendance )sheets?|bookings|(?:order |note |receipt |docket )pads?|notebooks?|dockets?|drafts?|print-?outs?|results|prescriptions?|scripts?|logs?|ledgers?|(?:pom|cd|controlled drugs?|visitors?|accident|signing[- ]in|day|order|log|register|appointment|takings|cash|wages) books?)`;

/** Whether to clear old records out, asked: "just bin them at the tip?", "chuck them or keep?", "should I delete them", "can I just bin them", "ok to get rid of these?", "can they go?", "ok to chuck them?", "can they just go in my recycling bin?", "cardboard skip ok?", "leave em or clear them out?", "shred-it are due thurs, can they go in?", "shred the lot or do we need them still?", "bin them or hang on to them?", "shall i box them up for the loft" (kept on, out of the way, is not yet cleared), "ok to chuck the old invoices … in the baler with the cardboard", "going to shred them, they're ancient", "ok to put them in the shred bag?". */
const CLEAR_OUT_ASKED = /\b(?:ok|okay|fine|alright)\s+to\s+(?:chuck|bin|throw|put|dump|tip)\s+(?:the|our|all the)\s+(?:[\w'’-]+\s+){0,6}?(?:in|into)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:skip|bins?|recycling|rubbish|baler|compactor)\b|\b(?:box|pack|store|archive|stick|move)\s+(?:them|it|these|those|em)\s+(?:up\s+)?(?:for|in|into|to|up in)\s+(?:the\s+)?(?:loft|attic|storage|archive|garage|cellar|basement|store ?room|shed)\b|\b(?:shred|bin|chuck|ditch|delete|dump)\s+(?:the lot|them all|it all|everything)\b[^.?!]{0,30}?\bor\b|\b(?:bin|chuck|shred|ditch)\s+(?:them|it|these|those|em)\s+or\s+hang\s+on\s+to\b|\b(?:can|could|should|shall)\s+(?:they|these|those|it|them)\s+(?:just\s+|all\s+)?go\s+in\s*\?|\b(?:leave|keep)\s+(?:them|em|it|these|those)\s+or\s+(?:clear|bin|delete|chuck|shred|get rid of|wipe)\b|\b(?:clear|bin|delete|shred|chuck|get rid of)\s+(?:out\s+)?(?:the|our|all the|these|those|them|it)\b[^.?!]{0,40}?\bor\s+(?:do|should|shall|must)\s+(?:we|i)\s+(?:still\s+)?(?:keep|hang on to|hold on to|need)\b|\b(?:just\s+)?(?:bin|chuck|dump|toss|tip)\s+(?:them|it|these|those|em)\b[^.!?]{0,25}\?|\b(?:chuck|bin|shred|ditch)\s+(?:them|it|these|those|em)\s+or\s+keep\b|\b(?:can|could|should|shall)\s+(?:i|we)\s+(?:just\s+)?(?:chuck|throw|put|bin|dump|stick)\s+(?:them|it|these|those)\s+(?:in|into)\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:skip|bins?|recycling|rubbish)\b|\b(?:can|could|should|shall)\s+(?:they|these|those|it|them)\s+(?:just\s+|all\s+)?go\s*\?|\b(?:can|could|should|shall)\s+(?:they|these|those|it|them)\s+(?:just\s+|all\s+)?go\s+(?:in|into|in with)\s+(?:the\s+|my\s+|a\s+|our\s+)?(?:[\w-]+\s+)?(?:skip|bins?|recycling|rubbish)\b|\b(?:skip|bins?|recycling)\s+(?:ok|okay|alright|fine)\s*\?|\b(?:can|could|should|shall)\s+(?:they|these|those|it|them)\s+(?:just\s+|all\s+)?go(?:\s+now|\s+yet)?\s*(?:[?.!]|$)|\b(?:should|can|shall|could|must|do|may)\s+(?:i|we)\s+(?:just\s+|now\s+)?(?:delete|bin|shred|burn|get rid of|(?:throw|chuck|toss|dump) (?:them|it|these|those) (?:away|out)|chuck (?:them|it|these|those)\b(?!\s+(?:in|into|on|onto|over|to)\b)|destroy|clear (?:them|it|these|those) out|remove|wipe)\b|\b(?:ok|okay|fine|alright)\s+to\s+(?:delete|bin|shred|burn|get rid of|destroy|wipe|chuck (?:them|it|these|those)|(?:throw|chuck|toss|dump) (?:them|it|these|those) (?:away|out))\b|\b(?:can|could|should|shall|do|will)\s+(?:they|these|those|it|them)\s+(?:just\s+)?go\s+(?:in|into|in to|to)\s+(?:the\s+|a\s+)?(?:(?:blue|green|black|grey|normal|general|ordinary|paper|wheelie|big)\s+)?(?:skip|bins?|recycling|rubbish|tip|shredder|shredding)\b|\b(?:can|could|should|shall|may)\s+(?:i|we)\s+(?:just\s+)?(?:put|chuck|throw|stick|pop|bung|tip|bag)\s+(?:them|it|these|those)\s+(?:up\s+)?(?:in|into|in with|with)\s+(?:the\s+|a\s+)?(?:(?:blue|green|black|grey|normal|general|ordinary|paper|wheelie|big|cardboard)\s+)?(?:skip|bins?|recycling|rubbish)\b|\b(?:going to|gonna|about to|i['’]?ll|i will)\s+(?:just\s+)?(?:shred|bin|chuck|burn|dump|destroy)\s+(?:them|it|these|those|em|the lot)\b|\b(?:ok|okay|fine|alright)\s+to\s+(?:put|chuck|pop|stick|throw)\s+(?:them|these|those|it|em)\s+(?:in|into)\s+(?:the\s+)?(?:shred(?:ding)?\s+(?:bag|bin|box|sack|pile)|confidential\s+(?:waste|bin|sack))\b/i;

/**
 * Old records come across and asked whether to clear out: "came across a box of member forms from 2014 in the loft, can we
 * shred them?", "there are customer files from years back on the old pc, ok to wipe?", "there's a client who hasn't been in since
 * 2022, can i delete her?". How long we keep them answers.
 */
const OLD_RECORDS_FOUND = new RegExp(
  String.raw`\b(?:found|came across|come across|there (?:are|is)|there['’]?s|we(?:'ve| have) got|still (?:have|got)|clearing (?:out|up|the)|sorting (?:out|through|the)|going (?:through|thru)|tidying|boxes of|piles? of|stacks? of|loads of|full of)\b[^.?!]{0,60}?\b${RECORDS}\b` +
    // Or someone on our books not seen for years: "there's a client who hasn't been in since 2022, can i delete her".
    // Or people who left us years back: "theres loads of people who stopped paying back in 2022, can they go".
    String.raw`|\b(?:people|clients?|customers?|patients?|members?|guests?|pupils?|students?)\s+(?:who|that)\s+(?:stopped|left|cancelled|lapsed|quit)\b[^.?!]{0,30}?\b(?:back in|in|since)\s+(?:19|20)\d\d\b` +
    String.raw`|\b(?:clients?|customers?|patients?|members?|guests?|pupils?|students?)\b[^.?!]{0,30}?\b(?:hasn['’]?t|hasnt|haven['’]?t|havent|has not|have not|not)\s+(?:been in|been back|been seen|visited|booked|come in|had a \w+)\s+since\b` +
    // Or old records said dated, found or not: "old takings books from 2017 in the back, can we throw them out?" (the review of the ninety-second round).
    String.raw`|\bold\s+(?:[\w'’-]+\s+){0,2}?${RECORDS}\s+from\s+(?:19|20)\d\d\b`,
  'i',
);

/**
 * A box of the trade's own records, by whatever name it has for them: "found a box of old audiograms from 2009". Records only where
 * the retention policy writes the name ("audiograms"): old horseshoes or magazines are no one's records.
 */
const OLD_TRADE_THINGS_FOUND = /\b(?:found|came across|come across)\s+(?:a|an|the|some|two|three|loads of|a load of)\s+(?:[\w-]+\s+)?(?:box(?:es)?|piles?|stacks?|crates?|bags?|sacks?|drawers?|folders?)\s+(?:full\s+)?of\s+old\s+([\w-]+s)\b/i;

/** Old paper of the trade's found, dated years back, whatever its name: "found a box of old paper prfs from 2014", "boxes and boxes of job stuff
 * from 2015", "a stack of prices we gave people back in 2021". */
const OLD_PAPER_DATED_FOUND = /\b(?:found|came across|come across)\b[^.?!]{0,40}?\bold\s+paper\s+(?!(?:bags?|cups?|plates?|straws?|napkins?|towels?|hats?|chains?|lanterns?|rolls?)\b)[\w-]+\s+from\s+(?:19|20)\d\d\b|\b(?:boxes|box|piles?|stacks?|crates?)\s+(?:and\s+(?:boxes|piles|stacks)\s+)?of\s+(?:[\w-]+\s+)?(?:stuff|paperwork|papers|files|quotes|prices|estimates)\b[^.?!]{0,40}?\b(?:from|in|back in)\s+(?:19|20)\d\d\b/i;

/** Whether the question tells of old records found: by the records' common names, by a name the retention policy writes, or as old dated paper. */
function oldRecordsFound(ctx: QaContext, question: string): boolean {
  if (OLD_RECORDS_FOUND.test(question) || OLD_PAPER_DATED_FOUND.test(question)) return true;
  const things = OLD_TRADE_THINGS_FOUND.exec(question)?.[1]?.toLowerCase();
  if (!things) return false;
  const named = new RegExp(String.raw`\b${things.replace(/s$/, '')}s?\b`, 'i');
  return policiesByTitle(ctx, RETENTION_TITLE).some((p) => named.test(p.text));
}

/** Records by a trade's name of two words or more, as {@link RECORDS} writes them: "job sheets", "delivery sheets", "order pads". */
const TRADE_RECORDS = new RegExp(RECORDS, 'gi');

/**
 * The one retention policy that names records of the question by a trade's name of two words or more; where none does, the one policy
 * with a sentence giving them a length of time ("Accident book pages are kept 3 years", in the policy on health notes).
 */
function retentionNamingTradeRecords(ctx: QaContext, question: string): QaAnswer | undefined {
  const named = tradeRecordsNamed(question);
  if (!named) return undefined;
  return theOnly(policiesByTitle(ctx, RETENTION_TITLE).filter((p) => named.test(p.text))) ?? policyTimingRecords(ctx, named);
}

/**
 * The names of records a question says, as one pattern: by a trade's name of two words or more ("accident book", "visit lists"), or with
 * `anyName`, by any name {@link RECORDS} writes ("bookings").
 */
function tradeRecordsNamed(question: string, { anyName = false } = {}): RegExp | undefined {
  const names = [...question.matchAll(TRADE_RECORDS)].map((m) => m[0].toLowerCase()).filter((name) => anyName || /\s/.test(name));
  return names.length ? new RegExp(String.raw`\b(?:${names.map((n) => escapeRegExp(n.replace(/s$/, ''))).join('|')})s?\b`, 'i') : undefined;
}

/** The one policy with a sentence giving the records named a length of time they are kept for (or, with `timed`, whatever that pattern says). */
function policyTimingRecords(ctx: QaContext, named: RegExp, timed: RegExp = KEPT_FOR_SAID): QaAnswer | undefined {
  return theOnly(ctx.config.policies.filter((p) => sentencesOf(p.text).some((said) => named.test(said) && timed.test(said))));
}

/**
 * How long records named by a trade's name are kept, asked ("how long do we hang on to the accident book page…"): the one policy with a
 * sentence giving them a length of time, whatever its title ("Accident book pages are kept until the cadet is 21").
 */
export function recordsTimedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const named = tradeRecordsNamed(question);
  return named ? policyTimingRecords(ctx, named) : undefined;
}

/** A sentence that gives a thing a length of time it is kept for: "are kept 3 years", "kept until the child turns 21". */
const KEPT_FOR_SAID = /\b(?:kept|held|retained|stored)\s+(?:for\s+)?(?:\d+|one|two|three|four|five|six|seven|ten|twelve)\s+(?:years?|months?|weeks?|days?)\b|\b(?:kept|held|retained)\s+until\b/i;

/** Into the bin, the skip or the recycling, or asked as one ("cardboard skip ok?"). */
const INTO_THE_BIN = /\b(?:at|to|down)\s+the\s+tip\b|\b(?:in|into|in with|with)\s+(?:the\s+|a\s+|my\s+|our\s+)?(?:[\w-]+\s+)?(?:skip|bins?|recycling|rubbish|baler|compactor)\b|\b(?:skip|bins?|recycling)\s+(?:ok|okay|alright|fine)\b/i;

/** A policy sentence on where paper goes: confidential waste, the shred bin, never the bin, the skip (a skip, not "skip or cancel") or the recycling. */
const PAPER_WAY_OUT_SAID = /\b(?:recycling|(?:cardboard\s+)?baler|shredding console|(?:the|a|cardboard|builders['’]?|general)\s+skips?|skips|confidential waste|(?:shred|shredding|locked|general|household|ordinary|normal)\s+bins?|the bin)\b/i;

/** A policy sentence that paper is shredded, where none says which bin: "Printed allergen sheets … are shredded at the unit". */
const SHREDDED_SAID = /\bshredd(?:ed|ing|er)\b/i;

/**
 * The one policy with a sentence on where paper goes; of several, the one on keeping records or on waste that names the very bin asked
 * into ("cardboard skip ok?" of "Cardboard skips are for cardboard only" in the retention policy, beside a policy on name lists that
 * says "not the cardboard skip").
 */
function paperWayOut(ctx: QaContext, question: string): QaAnswer | undefined {
  const saying = policiesSaying(ctx, PAPER_WAY_OUT_SAID);
  const bin = /\b(skip|recycling|rubbish)\b/i.exec(question)?.[1];
  const naming = bin ? saying.filter((p) => new RegExp(String.raw`\b${bin}`, 'i').test(p.text)) : [];
  const titled = (p: Policy) => RETENTION_TITLE.test(p.title) || WASTE_POLICY.test(p.title);
  // Where none says which bin, of those that say paper is shredded ("brings it back to be shredded" in the allergies policy, "shredded at
  // the unit" in the retention policy), the one on keeping records or on waste.
  if (saying.length === 0) return theOnlyPreferring(policiesSaying(ctx, SHREDDED_SAID), titled);
  const kept = naming.filter(titled);
  return saying.length > 1 && kept.length === 1 ? quoted(kept) : theOnly(saying);
}

/** Records found said to be old ("found a box of old repair tickets"), as good as dated long ago. */
const OLD_ONES = new RegExp(String.raw`\bold\s+(?:[\w'’-]+\s+){0,2}?${RECORDS}\b`, 'i');

/** Records of a year long gone, named and asked whether to clear out: "can i bin the scan reports from 2019 to free up some space". */
const DATED_RECORDS_CLEARED = new RegExp(
  String.raw`\b(?:can|could|should|shall)\s+(?:i|we)\s+(?:just\s+)?(?:bin|delete|shred|clear out|get rid of|wipe)\s+(?:the|our|all (?:the|our))\s+(?:[\w'’-]+\s+){0,2}?${RECORDS}\s+from\s+(?:19|20)\d\d\b`,
  'i',
);

/** Old records found, asked whether to clear out: the firm's one policy on how long we keep things. */
export function oldRecordsClearOutAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const dated = DATED_RECORDS_CLEARED.test(question);
  if (!dated && (!CLEAR_OUT_ASKED.test(question) || !oldRecordsFound(ctx, question))) return undefined;
  // A paper found out of doors ("a soggy membership form in the car park, just bin it?") was out of our hands: a breach, not a clear-out.
  if (PAPER_FOUND_OUTSIDE.test(question)) return undefined;
  // The retention policy that names the very records by the trade's name for them ("Old paper job sheets stay locked in the base cabinet
  // until they are 6 years old") says both how long and where they go, before a sentence on paper in general.
  const naming = retentionNamingTradeRecords(ctx, question);
  if (naming && LONG_AGO.test(question)) return naming;
  // Asked into the bin, the skip or the recycling: the one policy with a sentence on where paper goes, before the one on how long.
  const binned = INTO_THE_BIN.test(question) ? paperWayOut(ctx, question) : undefined;
  // Records with no date ("a box of old repair tickets", "the allergy printouts from last weekend"): only where paper goes answers them.
  if (!LONG_AGO.test(question)) return binned ?? (OLD_ONES.test(question) ? undefined : paperWayOut(ctx, question));
  if (binned) return binned;
  const retention = policiesByTitle(ctx, RETENTION_TITLE);
  return retention.length ? theOnly(retention) : recordsTimedAnywhere(ctx, question);
}

/**
 * A sentence that gives records a time they are kept for, or one after which they go: "are kept 3 years", "Bookings are deleted from
 * BouncePad 3 years after the party".
 */
const KEPT_OR_GONE_AFTER_SAID = new RegExp(
  String.raw`${KEPT_FOR_SAID.source}|\b(?:deleted|destroyed|shredded|removed|erased|wiped)\b[^.]*\b(?:\d+|one|two|three|four|five|six|seven|ten|twelve)\s+(?:years?|months?)\b`,
  'i',
);

/**
 * Where the firm has no policy on keeping records, the one policy with a sentence giving the records the question names a time they are
 * kept for or go after ("can we clear out the old bookings from 2022" of "Bookings are deleted from BouncePad 3 years after the party", in
 * the policy on data requests; read in the ninety-second round).
 */
function recordsTimedAnywhere(ctx: QaContext, question: string): QaAnswer | undefined {
  const named = tradeRecordsNamed(question, { anyName: true });
  return named ? policyTimingRecords(ctx, named, KEPT_OR_GONE_AFTER_SAID) : undefined;
}

/**
 * Papers holding people's details put in the ordinary bin or the recycling, told: "Sam chucked last month's booking sheets in
 * the blue bin", "somebody dumped old invoices in the skip". Not the
 * confidential bin or the shredder, which is where they go.
 */
const PAPER_BINNED = new RegExp(
  String.raw`\b(?:put|threw|thrown|throwing|chucked|binned|dumped|tossed|stuck|found)\b[^.?!]{0,60}?\b${RECORDS}\b[^.?!]{0,30}?\b(?:in|into|in to)\s+(?:the\s+|a\s+)?(?:normal\s+|general\s+|ordinary\s+|regular\s+|household\s+|paper\s+|blue\s+|green\s+|black\s+|main\s+|kitchen\s+|office\s+)?(?:recycling|bins?|general waste|rubbish|skip|wheelie bin)\b`,
  'i',
);

/** A policy titled on getting rid of papers: "Confidential waste", "Shredding", "Disposing of paper". */
const WASTE_POLICY = /\bconfidential waste\b|\bshredd?(?:ing|er)?\b|\bdispos(?:al|ing)\b|\bwaste\b|\bgetting rid of\b/i;

/** Papers put in the ordinary bin or recycling: the firm's one policy titled on confidential waste, where it has one. */
export function paperBinnedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return PAPER_BINNED.test(question) ? theOnly(policiesByTitle(ctx, WASTE_POLICY)) : undefined;
}

/**
 * Anything asked into the ordinary rubbish: "ok to put the old used swabs in the normal rubbish just this once?", "can I chuck the
 * sharps in the general waste". Whatever the thing, the firm's one policy sentence on the ordinary bins ("never the ordinary bins").
 */
const ORDINARY_BIN_ASKED = /\b(?:put|putting|chuck|chucking|throw|throwing|bin|binning|stick|sticking|pop|popping|dump|dumping|tip|tipping)\b([^.?!]{0,60}?)\b(?:in|into|in to)\s+(?:the\s+|a\s+)?(?:normal|general|ordinary|regular|household)\s+(?:rubbish|bins?|waste|bags?)\b/i;
const ORDINARY_BIN_SAID = /\b(?:ordinary|normal|general|household|regular)\s+(?:bins?|waste|rubbish)\b/i;

/** One's own rubbish, the kitchen's or the packaging: "my teabags", "the lunch leftovers", "the cardboard boxes". Nothing of the work's. */
const OWN_RUBBISH = /^\s*(?:my\b|(?:the|our|these|those|some)\s+(?:[\w-]+\s+)?(?:tea ?bags|coffee|lunch|food|crisps?|cans|bottles|cups|leftovers|cardboard|boxes|packaging|wrappers|peelings|flowers)\b)/i;

/** A thing of the work asked into the ordinary bin: the firm's one policy sentence on the ordinary bins (the used swabs, not one's teabags). */
export function ordinaryBinAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const thing = ORDINARY_BIN_ASKED.exec(question)?.[1];
  return thing && !OWN_RUBBISH.test(thing) ? theOnly(policiesSaying(ctx, ORDINARY_BIN_SAID)) : undefined;
}

/**
 * Records of people said in general words ("customer files", "paper records", "old data in Xero"): a trade's own kind of paper
 * ("delivery notes", "job sheets") is left to the policy or entry that names it.
 */
const PEOPLES_RECORDS = String.raw`(?:(?:customer|client|patient|staff|member|personal|paper|employee|student|pupil|guest|tenant)s?['’]?\s+)?(?:records|files|paperwork|papers|documents|data|details|info|information)`;

/**
 * What to do with old records, asked: "what should I do with old customer files?", "we have old paper records in the loft, what
 * do we do with them", "how do I get rid of old paperwork?". How long we keep them, then how they go, answers.
 */
const OLD_RECORDS_WHAT_TO_DO = new RegExp(
  String.raw`\bwhat (?:should|do|shall|can|must) (?:i|we) do with (?:(?:the|our|all (?:the|our|these|those)|these|those|any|my)\s+)?old\s+${PEOPLES_RECORDS}\b` +
    String.raw`|\bold\s+${PEOPLES_RECORDS}\b[^.?!]{0,60}?\bwhat (?:should|do|shall|can|must) (?:i|we) do with (?:them|it|these|those)\b` +
    String.raw`|\bhow (?:do|should|can|shall) (?:i|we) (?:get rid of|dispose of|throw away|destroy) (?:(?:the|our|all (?:the|our)|these|those|any)\s+)?old\s+${PEOPLES_RECORDS}\b` +
    // The new ones come, the old asked after: "got this year's class lists from the office, what do I do with the old ones on the drive?".
    String.raw`|^(?!.*\b(?:printers?|templates?|blank|misprint\w*|logo)\b).*\b(?:new|this year['’]?s|latest|updated)\s+(?:class|member|membership|contact|mailing|staff|customer|client|pupil|parent|guest|patient|student|volunteer|player)s?\s+(?:lists|registers|forms|records|details)\b[^?!]{0,80}?\bwhat (?:should|do|shall|can|must) (?:i|we) do with (?:the\s+)?old (?:ones|copies|versions)\b`,
  'i',
);

/** What to do with old records: the firm's one policy on how long we keep things, else, for paper, its one on confidential waste. */
export function oldRecordsWhatToDoAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!OLD_RECORDS_WHAT_TO_DO.test(question)) return undefined;
  // Data kept in a system ("old data in Xero") is no paper for the shredder.
  const paper = !/\b(?:data|details|info|information)\b/i.test(question);
  return theOnly(policiesByTitle(ctx, RETENTION_TITLE)) ?? (paper ? theOnly(policiesByTitle(ctx, WASTE_POLICY)) : undefined);
}

/** A work device, by the names staff give it. */
const WORK_DEVICE = String.raw`(?:laptops?|phones?|mobiles?|ipads?|tablets?|pcs?|computers?|desktops?|macs?|macbooks?|hard ?drives?|usb sticks?|memory cards?|sd cards?|cameras?|recorders?|routers?|printers?|tills?)`;

/**
 * An old or broken work device asked away: "the old ipad from the till is knackered, can i take it to cex or the charity shop?",
 * "can we sell the old laptops on ebay?", "ok to bin the dead office phone?", "can i give the old door tablet to my nephew?", "the old laptop has given up, a neighbour said he'd give me £20
 * for it for parts". What it still holds goes with it, so the policy's
 * sentence on getting rid of devices answers, not the trade-in shop's or the supplier's entry its words meet.
 */
const DEVICE_DISPOSAL_ASKED = new RegExp(
  String.raw`^(?=.*\b(?:old|broken|knackered|dead|spare|retired|replaced|cracked|smashed|busted|unused)\b[^.?!]{0,30}?\b${WORK_DEVICE}\b|.*\b${WORK_DEVICE}\b[^.?!]{0,40}?\b(?:is|are|has|have|'s)\s+(?:\w+\s+)?(?:knackered|dead|broken|died|packed (?:up|in)|given up|had it)\b)` +
    String.raw`.*\b(?:(?:can|could|should|shall|may)\s+(?:i|we)\s+(?:just\s+)?(?:sell|flog|give|donate|recycle|bin|chuck|take|trade|get rid of|throw|drop)|(?:ok|okay|fine|alright)\s+(?:to|if\s+(?:i|we)\s+(?:just\s+)?)\s*(?:sell|flog|give|donate|recycle|bin|chuck|take|trade|drop)|what (?:do|should|shall) (?:i|we) do with|(?:take|have)\s+(?:it|them)\s+(?:off (?:our|my|your) hands|for parts)|(?:give|pay|offer(?:ed)?|gave)\s+(?:me|us)\s+(?:£\s?\d+|\d+\s*(?:quid|pounds?)|a (?:tenner|fiver|score|few quid))\s+for\s+(?:it|them))\b` +
    // The charity shop may be named by its charity: "drop them at the heart foundation shop".
    String.raw`(?=.*\b(?:sell|sold|flog|give (?:it|them) away|donate|charity|cex|ebay|marketplace|trade[- ]?in|recycl\w*|bin|chuck|tip|dump|get rid of|throw|do with|heart foundation|oxfam|to (?:my|a|his|her|our) (?:nephew|niece|son|daughter|kids?|friend|mate|neighbou?r|brother|sister)|sue ryder|red cross|barnardo['’]?s|cancer research|age uk|hospice shop|for parts|is that (?:alright|ok|okay|fine|allowed))\b)`,
  'i',
);

/** What a policy says of getting rid of a device: wiping it, destroying it, never selling it on or giving it to a charity shop (not "the charity's tablet" of a charity). */
const DEVICE_DISPOSAL_SAID = new RegExp(String.raw`^(?=.*\b${WORK_DEVICE}\b).*\b(?:wip(?:e|ed|ing)|destr\w+|dispos\w+|recycl\w+|charity shops?|to (?:a )?charity|trade-in|sold|sell|shredd?\w*)\b`, 'i');

/** What a policy says of a device going for good, besides wiping it. */
const DEVICE_GOING_SAID = new RegExp(String.raw`^(?=[\s\S]*\b${WORK_DEVICE}\b)[\s\S]*\b(?:destr\w+|dispos\w+|recycl\w+|charity shops?|to (?:a )?charity|trade-in|sold|sells?|gives? away|given away)\b`, 'i');

/** An old work device asked away: the firm's one policy with a sentence on getting rid of devices. */
export function oldDeviceAwayAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return DEVICE_DISPOSAL_ASKED.test(question) ? deviceDisposalPolicy(ctx) : undefined;
}

/**
 * The firm's one policy with a sentence on getting rid of devices: of several, the one that says more than wiping (a lost phone is wiped
 * too): recycled, destroyed, never sold or given away. Said of a device in one sentence: a policy on papers that recycles them and on phones
 * that wipes them is neither.
 */
function deviceDisposalPolicy(ctx: QaContext): QaAnswer | undefined {
  return theOnlyPreferring(policiesSaying(ctx, DEVICE_DISPOSAL_SAID), (p) => sentencesOf(p.text).some((said) => DEVICE_GOING_SAID.test(said)));
}

/**
 * Old devices wiped, with what to write down asked: "just blancco'd three old pcs from the school, anything i need to note down" (read in the
 * ninety-first round). The devices by the names staff give them, and a record asked after.
 */
const DEVICES_WIPED_TOLD = new RegExp(String.raw`\b(?:wiped|blancco['’]?d|erased|data[- ]wiped|factory reset|drilled)\s+(?:(?:the|a|an|three|two|four|five|a few|some|those|these|all the|\d+)\s+)?(?:[\w'’-]+\s+){0,2}?${WORK_DEVICE}\b`, 'i');
const RECORD_ASKED = /\b(?:note (?:it |this |that |them |anything )?down|write (?:it |this |that |them |anything )?(?:down|up)|log (?:it|this|that|them)|record (?:it|this|that|them)|paperwork|certificates?)\b/i;

/** A policy titled on wiping or getting rid of devices: "Wiping and disposing of old devices". */
const DEVICE_DISPOSAL_TITLE = /\b(?:wip(?:e|es|ing)|dispos\w+|recycl\w+)\b/i;

/**
 * Old devices wiped, what to write down asked: the firm's one policy with a sentence on getting rid of devices, as for one asked away, else the
 * one titled on it (its sentences may speak of "devices", a word too wide for a device asked away).
 */
export function devicesWipedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!DEVICES_WIPED_TOLD.test(question) || !RECORD_ASKED.test(question)) return undefined;
  return deviceDisposalPolicy(ctx) ?? theOnly(policiesByTitle(ctx, DEVICE_DISPOSAL_TITLE));
}

/**
 * One we served told to have died, asked what happens to their records: "family emailed to say their mum passed away last week, what
 * happens to her card and everything". How long we keep records, and what is done when someone dies, answers.
 */
const DIED_RECORDS_ASKED = /\b(?:passed away|died|has died|had died|passed on|deceased)\b[^?]*\bwhat\s+(?:happens|do (?:i|we) do)\s+(?:to|with)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?:card|account|records?|notes|file|details|data|profile|booking|bookings)\b/i;

/** A policy sentence on records when someone dies: "When we hear a client has died, Pauline closes their card". */
const DIED_RECORDS_SAID = /\b(?:has died|have died|dies|died|passed away|death)\b/i;

/**
 * One we serve told to have died with what to do asked ({@link DIED_TOLD}): the firm's one policy titled on someone dying; else, with
 * what happens to their records asked ({@link DIED_RECORDS_ASKED}), the retention policy that says what happens when someone dies, else
 * the one on retention.
 */
export function diedRecordsAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (DIED_TOLD.test(question) && WHAT_TO_DO_ASKED.test(question)) return theOnly(policiesByTitle(ctx, DYING_TITLE)) ?? diedRecordsOf(ctx, question);
  return diedRecordsOf(ctx, question);
}

/**
 * One we serve told to have died, by title and name or as one of ours (not "Kev's dad", nor a tablet that died), with what to do asked:
 * "heard from a neighbour that Mrs Whitaker passed away on Sunday … what do I need to do?". The firm's one policy titled on someone dying answers.
 */
const DIED_TOLD = /\b(?:mrs?|ms|miss|dr)\.?\s+[a-z]+\b[^.?!]{0,30}?\b(?:passed away|died|has died|passed on)\b|\b(?:one of our|a|an|our)\s+(?:[\w-]+\s+)?(?:readers?|clients?|customers?|patients?|members?|residents?|participants?|tenants?|service users?|guests?)\b[^.?!]{0,30}?\b(?:passed away|died|has died|passed on)\b/i;
/** What to do asked: "what do I need to do?", "what now", "anything we have to do?". */
export const WHAT_TO_DO_ASKED = /\bwhat\s+(?:do|should|shall)\s+(?:i|we)\s+(?:need to\s+|have to\s+)?do\b|\bwhat now\b|\banything\s+(?:i|we)\s+(?:need|have)\s+to\s+do\b/i;
const DYING_TITLE = /\b(?:dies|died|death|passed away|bereave\w*)\b/i;

function diedRecordsOf(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!DIED_RECORDS_ASKED.test(question)) return undefined;
  const retention = policiesByTitle(ctx, RETENTION_TITLE);
  return theOnly(retention.filter((p) => DIED_RECORDS_SAID.test(p.text))) ?? theOnly(retention);
}

/**
 * How long a former client's records are kept, asked: "client who left in the summer rang asking if we still have all her details on file.
 * how long do we keep stuff?" (read in the eighty-ninth round).
 */
const FORMER_CLIENT_KEPT_ASKED =
  /^(?=.*\b(?:clients?|customers?|members?|owners?|tenants?|patients?|families|family)\b[^.?!]{0,30}?\b(?:left|stopped|cancelled|ended|moved away)\b)(?=.*\bhow long\s+(?:do|does|will|should|can|would)\s+(?:we|they|you)\s+(?:keep|hold|store|have)\b)/i;

/** A policy titled on someone leaving: "When a client leaves", "Ending the service", "Leavers". */
const LEAVING_TITLE = /\b(?:leaves?|leaving|leavers?|ends?|ending|cancel\w*)\b/i;

/** A policy sentence deleting a record after a time: "deletes the rest of the record after 12 months". */
const DELETED_AFTER_SAID = /\b(?:delet\w*|remov\w*|shred\w*|destroy\w*|wip\w*)\b[^.]*\bafter\s+(?:\d+|one|two|three|six|twelve)\s+(?:months?|years?)\b/i;

/** How long a former client's records are kept ({@link FORMER_CLIENT_KEPT_ASKED}): the one policy titled on leaving that says when they go. */
export function formerClientKeptAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!FORMER_CLIENT_KEPT_ASKED.test(question)) return undefined;
  return theOnly(policiesByTitle(ctx, LEAVING_TITLE).filter((p) => DELETED_AFTER_SAID.test(p.text)));
}

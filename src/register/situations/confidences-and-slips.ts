// Stories of what we were told and what we let slip, in a staff member's words: cases gone through by name at a team meeting, notes
// jotted on paper to be kept, a parent insisting on everything their child said, a teacher asking what a child has been saying, what a
// child said to be summed up when written down, a found
// child's name to be read out over the tannoy, an animal's welfare put to a chat. The one policy sentence that rules on it answers, found
// by what it says, never by a firm's policy id. Read in the seventy-seventh round (focus set 72); a mistake to be put right quietly, read
// in the same round, is read with the slips deleted away (hosts-and-members.ts).
//
// Every run of free words in these patterns is bounded ({0,n}): a pasted email must not make a pattern's work grow with its length cubed.
import { toldThenSaid } from '../quoted-policies.ts';

/**
 * Cases or people gone through by name at one of our meetings: "for monday's team meeting I was going to go through my tricky cases one by
 * one with the students' full names", "ok to use the kids' names in supervision?"; not a meeting with a landlord.
 */
const NAMES_AT_MEETING_TOLD =
  /^(?=.{0,300}?\b(?:(?:team|staff|weekly|our|case|(?:mon|tues|wednes|thurs|fri)day['’]?s?)\s+meetings?|supervision|handovers?|huddles?|team\s+briefings?|case\s+reviews?)\b)(?=.{0,300}?\b(?:full\s+names?|surnames?|by\s+(?:their\s+)?(?:full\s+)?names?|(?:their|the|students['’]?|clients['’]?|children['’]?s?|kids['’]?|families['’]?|members['’]?|patients['’]?|residents['’]?|young\s+people['’]?s?)\s+(?:full\s+|real\s+)?names)\b)/i;

/** A policy sentence on meetings that says initials, not names: "use initials, not names, in team meetings". */
const INITIALS_AT_MEETINGS_SAID = /^(?=[^.]{0,200}?\b(?:meetings?|supervision|handovers?|huddles?|briefings?)\b)[^.]{0,200}?\binitials\b/i;

export const namesAtMeetingAnswer = toldThenSaid(NAMES_AT_MEETING_TOLD, INITIALS_AT_MEETINGS_SAID);

/**
 * Notes jotted on paper during work, asked to be kept: "i scribbled loads on a notepad during today's session because the laptop died, can
 * i just keep the pad in my drawer for reference"; not spare notepads kept in a drawer.
 */
const OWN_NOTES_KEPT_TOLD =
  /^(?=.{0,300}?\b(?:scribbl\w*|jott\w*|wrote|written|writing|handwritten|(?:took|made|taking|making)\s+(?:some\s+|loads\s+of\s+|a\s+few\s+)?notes|notes?\s+on\s+(?:paper|a\s+(?:bit|scrap|piece|pad)))\b)(?=.{0,300}?\bkeep\s+(?:the|my|it|them|this|these|those)\b(?:\s+[\w'’-]+){0,3}?\s+(?:in\s+(?:my|the|a)\s+(?:drawer|desk|bag|car|locker|folder)|at\s+home|for\s+(?:reference|later|next\s+time)|just\s+in\s+case)\b)/i;

/** A policy sentence never to keep one's own notes: "Do not keep your own notes". */
const NO_OWN_NOTES_SAID = /\b(?:do\s+not|don['’]t|never)\s+keep\s+(?:your\s+|any\s+)?(?:own|personal|private)\s+notes\b/i;

export const ownNotesKeptAnswer = toldThenSaid(OWN_NOTES_KEPT_TOLD, NO_OWN_NOTES_SAID);

/**
 * Notes jotted on paper of what someone we serve said, or of a session, visit, birth or interview, what to do with them asked: "i scribbled
 * down what the pupil said on a bit of paper during the session, what do i do with my notes now", "scribbled interview notes on my notepad,
 * where do they go". Not a password or a code written down in a session, nor notes of a staff training session or a call with the accountant.
 */
const PAPER_NOTES_WHAT_TOLD =
  /^(?=.{0,300}?\b(?:what\s+(?:he|she|they|the\s+[\w-]+)\s+(?:said|told\s+me|told\s+us)|(?:session|visit|birth|interview|assessment|consultation|case)\s+notes|notes\b[^.?!]{0,40}?\b(?:from|at|during|in)\s+(?:the\s+|my\s+|our\s+|today['’]?s\s+)?(?:session|visit|birth|interview|assessment|appointment|consultation))\b)(?=.{0,300}?\b(?:scribbl\w*|jott\w*|wrote|written|handwritten|(?:took|made)\s+(?:some\s+|loads\s+of\s+|a\s+few\s+)?notes)\b[^.?!]{0,80}?\b(?:on\s+(?:a\s+)?(?:bit|scrap|piece|sheet)\s+of\s+paper|on\s+(?:a|my|the)\s+(?:notepad|pad|post[- ]?it|scrap|napkin)|in\s+my\s+(?:notebook|notepad|diary)|on\s+paper)\b)(?=.{0,300}?\b(?:what\s+(?:do|should|shall|am)\s+i\s+(?:supposed\s+to\s+|meant\s+to\s+)?do\s+with\s+(?:my\s+notes|the\s+notes|them|these|those|it)\b|where\s+(?:do|should|does|must)\s+(?:they|it|my\s+notes|the\s+notes)\s+(?:need\s+to\s+)?go\b|what\s+happens\s+to\s+(?:them|it|my\s+notes|the\s+notes)\b))/i;

/** A policy sentence that notes on paper are typed or scanned into our system: "Notes on paper are typed into CPOMS and then shredded". */
const PAPER_NOTES_TYPED_SAID = /\b(?:notes?|anything)\s+(?:written\s+|taken\s+|made\s+)?on paper\b[^.]{0,40}?\b(?:typed|entered|scanned|copied|added)\b|\b(?:handwritten|paper)\s+notes\b[^.]{0,40}?\b(?:typed|entered|scanned|copied|added)\b/i;

export const paperNotesWhatAnswer = toldThenSaid(PAPER_NOTES_WHAT_TOLD, PAPER_NOTES_TYPED_SAID);

/**
 * A parent insisting on a right to all their child said: "Grace's mum is insisting she's entitled to read everything Grace (14) has said in
 * our sessions because she's her parent".
 */
const PARENT_ENTITLED_TOLD =
  /\b(?:mum|mam|mom|dad|father|mother|parents?|step-?(?:mum|dad))\b.{0,80}?\b(?:entitled|(?:has|have|got)\s+(?:a|the)\s+right|(?:her|his|their)\s+right|insist\w*|demand\w*)\b.{0,60}?\b(?:to\s+)?(?:read|see|know|hear)\s+(?:everything|all|what)\b.{0,60}?\b(?:said|says|told|tells|talks?\s+about|talked\s+about)\b/i;

/** A policy sentence that a parent has no right to all their child said. */
const NO_PARENT_RIGHT_SAID = /\bparents?\b[^.]{0,40}?\b(?:no|not\s+(?:an?\s+)?)\s*(?:automatic\s+)?right\s+to\s+(?:see|read|know|hear)\b[^.]{0,60}?\b(?:said|says|told|tells)\b/i;

export const parentEntitledAnswer = toldThenSaid(PARENT_ENTITLED_TOLD, NO_PARENT_RIGHT_SAID);

/**
 * A teacher asking what a child we see has been saying: "Miss Adeyemi caught me in the corridor and asked what Ruby had been saying about
 * her nan, she wants to help in class. ok to tell her a bit?".
 */
const TEACHER_ASKS_CHILDS_WORDS_TOLD =
  /\b(?:teachers?|tutor|head(?:teacher)?|senco|teaching\s+assistant|miss|mrs|mr|ms|school)\b.{0,80}?\b(?:asked|asking|asks|wants?\s+to\s+know|wanted\s+to\s+know)\b.{0,30}?\bwhat\s+(?:[a-z]+|the\s+(?:child|girl|boy|kid|lad)|(?:my|our)\s+(?:client|girl|boy))(?:\s+(?:had\s+been|has\s+been|was|is|had|has)|['’]s\s+been)\s+(?:saying|talking\s+about|telling\s+(?:me|us)|said|told\s+(?:me|us))\b/i;

/** A policy sentence never to pass on a child's words without asking the child: "Never pass on a child's words … without asking the child first". */
const CHILD_ASKED_FIRST_SAID = /\b(?:child|young\s+person)['’]s\s+words\b[^.]{0,80}?\bwithout\s+asking\b|\bwithout\s+asking\s+the\s+(?:child|young\s+person)\b/i;

export const teacherAsksChildsWordsAnswer = toldThenSaid(TEACHER_ASKS_CHILDS_WORDS_TOLD, CHILD_ASKED_FIRST_SAID);

/**
 * A found child's name or looks asked to be read out: "Can I read out the little girl's name and what she's wearing over the speakers? …
 * help her mum find her quicker", "shall we put the lost boy's name out on the tannoy"; not a winner's name.
 */
const FOUND_CHILD_ANNOUNCED_TOLD =
  /^(?=.{0,300}?\b(?:lost|found|missing|can['’]?t\s+find|find\s+(?:her|him|them)|(?:her|his|their)\s+(?:mum|mam|mom|dad|parents?|family))\b)(?=.{0,300}?\b(?:tannoy|speakers?|loudspeakers?|PA|public\s+address|mic(?:rophone)?|announce\w*)\b)(?=.{0,300}?\b(?:(?:the\s+)?(?:little\s+|lost\s+|missing\s+)?(?:girl|boy|child|kid|lad|lass|toddler)['’]s\s+(?:name|description)|(?:her|his|their)\s+name\b.{0,40}?\b(?:wearing|looks?\s+like|age)|(?:name|description)\s+of\s+the\s+(?:little\s+|lost\s+)?(?:girl|boy|child|kid))\b)/;

/** A policy sentence on what is said over the tannoy or speakers of a found child: never the child's name. */
const FOUND_CHILD_ANNOUNCED_SAID = /\b(?:tannoy|speakers?|loudspeakers?|PA|public\s+address)\b[^.]{0,160}?\bnever\b[^.]{0,40}?\bname\b/i;

export const foundChildAnnouncedAnswer = toldThenSaid(FOUND_CHILD_ANNOUNCED_TOLD, FOUND_CHILD_ANNOUNCED_SAID);

/**
 * An animal's welfare put to a chat: "There's a ewe in a trailer that's been lame all morning and the owner's nowhere to be seen. I was going
 * to put a photo in the stewards chat to see if anyone knows whose it is"; the animal the one hurt, not a judge at the dog show or oneself.
 */
const WELFARE_TO_CHAT_TOLD =
  /^(?=.{0,300}?\b(?:ewes?|sheep|lambs?|cows?|cattle|calf|calves|bull|pigs?|goats?|horses?|ponies|pony|donkeys?|dogs?|hens?|chickens?|birds?|alpacas?|animals?)\b(?:(?!\b(?:judges?|stewards?|volunteers?|exhibitors?|visitors?|man|woman|lady|bloke|person|people|kids?|child|girl|boy|he|she|i|handlers?)\b)[^.?!]){0,50}?\b(?:lame|limping|injured|hurt|bleeding|distressed|collapsed|thin|starving|neglected|no\s+water|overheating|panting|sick|poorly)\b)(?=.{0,300}?\b(?:whatsapp|chat|group|facebook|instagram|social\s+media)\b)/i;

/** A policy sentence that welfare concerns go to named people, never to a chat or social media. */
const WELFARE_NOT_IN_CHAT_SAID = /\bwelfare\s+concerns?\b[^.]{0,120}?\bnever\b[^.]{0,60}?\b(?:whatsapp|social\s+media|chat|group)\b/i;

export const welfareToChatAnswer = toldThenSaid(WELFARE_TO_CHAT_TOLD, WELFARE_NOT_IN_CHAT_SAID);

/**
 * How to write down what a child said, a summary asked: "how do i write down what jayden said at breakfast club, can i just sum it up".
 * A child's words, by name or as the child.
 */
const CHILDS_WORDS_SUMMED =
  /^(?=.*\b(?:sum (?:it|them) up|summari[sz]e|paraphrase|in my own words|gist|roughly|the main bits?)\b).*\b(?:write|record|note|log|put)\s+(?:down\s+)?what\s+(?:[a-z]+|he|she|the (?:child|kid|boy|girl|lad|lass))\s+(?:said|told (?:me|us)|disclosed)\b/i;

/** A policy sentence that a concern is written in the child's own words: "write it on the concern form in the child's words". */
const IN_CHILDS_WORDS_SAID = /\bin\s+(?:the\s+)?(?:child['’]s|young person['’]s|their|his|her)\s+(?:own\s+)?(?:exact\s+)?words\b/i;

export const childsWordsSummedAnswer = toldThenSaid(CHILDS_WORDS_SUMMED, IN_CHILDS_WORDS_SAID);

/**
 * A family's private troubles to be written in a child's record: "going to add a note on Lily's journal that her parents are splitting up,
 * explains why she's been so unsettled". The one sentence against writing about family circumstances there.
 */
const FAMILY_IN_RECORD_TOLD = /\b(?:add|adding|put|putting|write|writing|note|noting|mention|mentioning)\s+(?:a\s+)?(?:(?:note|line|comment)\s+)?(?:on|in|into)\s+(?:[a-z]+['’]s\s+|her\s+|his\s+|their\s+|the\s+)(?:learning\s+)?(?:journal|notes|file|record|observations?|profile|diary)\b[^.?!]{0,20}?\bthat\b[^.?!]{0,60}?\b(?:splitting up|split up|separat\w+|divorc\w+|in prison|moved out|new (?:boyfriend|girlfriend|partner)|lost (?:his|her|their) job|money (?:trouble|worries)|bereave\w*|passed away|died)\b/i;

/** A policy sentence never to write about a family's circumstances: "Never write about a child's family circumstances, health or a concern". */
const NO_FAMILY_IN_RECORD_SAID = /\bnever\s+(?:write|record|note|put)\s+(?:anything\s+)?about\b[^.]*\bfamily\s+(?:circumstances|life|situation|matters|problems)\b/i;

export const familyInRecordAnswer = toldThenSaid(FAMILY_IN_RECORD_TOLD, NO_FAMILY_IN_RECORD_SAID);

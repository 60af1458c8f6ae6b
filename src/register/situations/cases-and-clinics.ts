// Stories from schools, clinics and casework, told in a staff member's words: a young person gone from site or not arrived, a driver's
// or colleague's manner with a young person, results read out on the phone, a kit sent to a new
// address, a consultation with someone abroad, a relative as a chaperone, a body named by a policy asking for our notes, a slip
// with everyone on a list to be rung and told, risk papers asked for by a volunteer, someone's offence asked by a landlord, a threat
// to hurt another told, a meeting at someone's home, old handwritten notes found. The one policy sentence that rules on it answers,
// found by what it says, never by a firm's policy id. Read in the seventy-fourth round.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { sentencesOf } from '../policy-passages.ts';
import { policiesSaying, policiesByTitle, storyWords, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';
import { RETENTION_TITLE } from '../retention-policy.ts';
import { WHAT_TO_DO_ASKED } from './old-records.ts';
import { stem, words } from '../text.ts';

/** A young person of a school or a club, by the words staff use. */
const YOUNG = String.raw`(?:year\s?\d{1,2}s?|y\d{1,2}s?|pupils?|students?|kids?|child(?:ren)?|boys?|girls?|lads?|young (?:person|people|people's)|teens?|teenagers?)`;

/** Ways a young person goes: over the fence, legged it, bolted, gone missing, run out of the centre, left without leave. */
const GONE_WAYS = [
  String.raw`(?:climbed|jumped|hopped)\s+(?:over\s+)?the\s+(?:fence|wall|gate)`,
  String.raw`got\s+over\s+the\s+(?:gate|fence|wall)\s+into`,
  String.raw`legged it|done a runner|bolted|absconded`,
  String.raw`(?:ran|run|walked|stormed)\s+off\s+(?:site|the site)`,
  String.raw`(?:gone|went)\s+missing`,
  String.raw`(?:ran|run)\s+out\s+of\s+the\s+(?:centre|building|site|museum|hall|park)`,
  String.raw`(?:walked out of|run out of|ran out of|left)\s+(?:the\s+)?(?:site|school|building|premises|centre)\s+without`,
];

/** A young person gone from site: "one of the year 8s just climbed the fence at break and legged it"; not a trip or a ball fetched. */
const LEFT_SITE_TOLD = new RegExp(
  String.raw`^(?=.*\b${YOUNG}\b)(?!.*\b(?:ball|trip|taster|visit|outing|planned|allowed|permission slip)\b)(?=.*\b(?:${GONE_WAYS.join('|')})\b)`,
  'i',
);
/** A sentence on a young person gone: "If a young person leaves site without permission", "If a child goes missing", "A lost child: …". */
const LEFT_SITE_SAID = /\bleaves?\s+(?:the\s+)?(?:site|school|building|premises|centre)\s+without\s+permission\b|\bif\s+a\s+(?:child|young person|pupil)\s+(?:goes|is|has gone)\s+missing\b|\ba\s+lost\s+child\b/i;

export const leftSiteAnswer = toldThenSaid(LEFT_SITE_TOLD, LEFT_SITE_SAID);

/** Young people not arrived, with no word from home: "two kids werent on the minibus this morning and nobody has rung in". */
const NOT_ARRIVED_TOLD = new RegExp(
  String.raw`^(?=.*\b(?:${YOUNG}|two|three|one of (?:ours|them))\b)(?=.*\b(?:weren['’]?t|werent|wasn['’]?t|wasnt|not|never got)\s+on\s+the\s+(?:mini)?(?:bus|taxi|coach)\b|.*\b(?:didn['’]?t|hasn['’]?t|haven['’]?t|havent|hasnt|didnt)\s+(?:turn(?:ed)?\s+up|arrived?|come in|shown up)\b|.*\bnever\s+(?:showed|turned)\s+up\b)(?=.*\b(?:nobody|no one|noone|nobody['’]s|no call|no word|not heard|(?:haven['’]?t|havent|hasn['’]?t|hasnt)\s+heard)\b)`,
  'i',
);
const NOT_ARRIVED_SAID = /\bnot\s+on\s+the\s+(?:mini)?(?:bus|taxi|coach)\b|\bunexplained\s+absence\b|\bcalls?\s+home\s+by\b/i;

export const notArrivedAnswer = toldThenSaid(NOT_ARRIVED_TOLD, NOT_ARRIVED_SAID);

/**
 * A driver's or colleague's manner with a young person that worries: "one of the taxi drivers keeps making comments to a year 10 girl that
 * dont sit right with me". The sentence on worries about the behaviour of staff, drivers or volunteers answers, not the taxi firm's entry.
 */
const STAFF_MANNER_TOLD = new RegExp(
  String.raw`^(?=.*\b(?:keeps?|kept|always|again|sit\s+right|inappropriate|creepy|uncomfortable|weird|worr\w+|not\s+(?:ok|okay|right)|flirt\w*|over\s+the\s+line|been\s+(?:messaging|texting|dm\w*|snapchatting))\b)` +
    String.raw`.*\b(?:drivers?|taxi drivers?|escorts?|staff|teachers?|volunteers?|coach(?:es)?|instructors?|colleagues?|tutors?|leaders?|mentors?)\b[^.?!]{0,40}?\b(?:(?:making|made|keeps?\s+making|passing|passes)\s+(?:comments|remarks|jokes)\s+(?:to|about|at)|(?:been\s+|keeps?\s+)?(?:messaging|texting|dm['’]?ing|snapchatting|adding|following|calling))\s+(?:a|an|one of (?:the|our))\s+(?:[\w-]+\s+)?${YOUNG}`,
  'i',
);
const STAFF_BEHAVIOUR_SAID = /\bworried\s+about\s+the\s+behaviou?r\s+of\b|\bconcern\s+about\s+a\s+(?:coach|volunteer|member of staff|staff member|leader|driver|teacher)\b/i;

export const staffMannerAnswer = toldThenSaid(STAFF_MANNER_TOLD, STAFF_BEHAVIOUR_SAID);

/** Results to be read out on the phone: "lady on the phone wants me to just read her fsh and oestradiol out to her". */
const RESULTS_ON_PHONE_TOLD =
  /^(?=.*\b(?:on the phone|rang|called|phoned|on the line|over the phone)\b)(?=.*\b(?:read|give|tell)\s+(?:her|him|them)\b[^.?!]{0,40}?\b(?:results?|levels?|bloods?|fsh|oestradiol|hba1c|hcg|cholesterol|readings?|measurements)\b|.*\b(?:results?|levels?|bloods?)\b[^.?!]{0,30}?\bread\s+(?:them\s+|it\s+)?out\b|.*\bread\s+(?:her|him|them)\s+(?:her|his|their)\s+[\w\s]{0,30}?\bout\b|.*\b(?:husband|wife|partner|daughter|son|mum|dad|mother|father)\b[^.?!]{0,40}?\b(?:results?|measurements)\b)/i;
/** A sentence on giving results over the phone, once who is asking is checked: "Results are … never given over the phone until you have checked …". */
const RESULTS_PHONE_SAID = /\bbefore\s+discussing\s+anything\s+on\s+the\s+phone\b|^(?=.*\b(?:check\w*|confirm\w*|identity|date of birth|until|unless|anyone but|named)\b).*(?:\bresults?\b[^.]*\b(?:over|on|by)\s+(?:the\s+)?(?:phone|telephone)\b|\b(?:over|on)\s+the\s+(?:phone|telephone)\b[^.]*\bresults?\b)/i;

export const resultsOnPhoneAnswer = toldThenSaid(RESULTS_ON_PHONE_TOLD, RESULTS_PHONE_SAID);

/** Something we post asked to a new address: "she's moved since she booked and can we send her finger prick kit to her new place". */
const TO_NEW_ADDRESS_TOLD =
  /\b(?:send|sent)\s+(?:her|him|them|it|the)?\s*(?:[\w-]+\s+){0,3}?(?:to|at)\s+(?:her|his|their|a|the)\s+(?:new|work|other|different)\s+(?:place|address|flat|house|home)\b|\bmoved\b[^.?!]{0,60}?\bsend\b[^.?!]{0,40}?\bnew\s+(?:place|address|flat|house|home)\b/i;
const ONLY_TO_ADDRESS_SAID = /\bonly\s+to\s+the\s+address\s+(?:in|on|held|we hold)\b/i;

/** Words of such a story that say nothing of the thing sent. */
const NEW_ADDRESS_STORY_WORD = storyWords('send', 'sent', 'new', 'address', 'place', 'moved', 'move', 'house', 'home', 'flat', 'since', 'booked', 'patient', 'customer', 'client', 'emailed', 'saying', 'asked', 'instead', 'can', 'could', 'back', 'work');

/** Something asked to a new address: only the sentence on where that very thing is posted ("Post kits only to the address in Semble" for a kit). */
export const toNewAddressAnswer = toldThenSaid(TO_NEW_ADDRESS_TOLD, ONLY_TO_ADDRESS_SAID, { storyWord: NEW_ADDRESS_STORY_WORD, only: true, shortWords: true });

/** One we see by video found to be abroad: "my 2pm video lady has just casually mentioned she's at her villa in spain for the month". */
const ABROAD_AT_CALL_TOLD =
  /^(?!.*\b(?:next\s+(?:week|month|year)|going\s+to|off\s+to|will\s+be|move|rebook|reschedule)\b)(?=.*\b(?:video|zoom|teams call|call|consultation|consult|appointment|session)\b)(?=.*\b(?:(?:at|in)\s+(?:her|his|their)\s+(?:villa|apartment|holiday home|second home|place)\s+in\s+[a-z]+|abroad|overseas|on holiday in\s+[a-z]+|(?:she['’]?s|he['’]?s|they['’]?re|is|are)\s+(?:currently\s+|still\s+|working\s+|staying\s+)?in\s+(?:spain|france|portugal|italy|greece|germany|jersey|guernsey|dubai|cyprus|turkey|the us|america|australia|canada|ireland))\b)/i;
const IN_THE_UK_SAID = /\bmust\s+be\s+in\s+the\s+uk\b/i;

export const abroadAtCallAnswer = toldThenSaid(ABROAD_AT_CALL_TOLD, IN_THE_UK_SAID);

/** A relative or friend asked to sit in as a chaperone: "all we've got is her sister who came with her. can the sister just sit in?". */
const RELATIVE_CHAPERONE_TOLD =
  /^(?=.*\b(?:sister|brother|mum|mother|husband|wife|partner|friend|daughter|son|relative|auntie|aunt)\b)(?=.*\bchaperone\b|(?=.*\b(?:exam\w*|assessment|pelvic|intimate|smear|scan|procedure|consultation|appointment)\b).*\b(?:sit\s+in|be\s+in\s+the\s+room|stay\s+in\s+the\s+room|someone\s+in\s+the\s+room)\b)/i;
const NOT_A_CHAPERONE_SAID = /\b(?:relative|friend|family member)\b[^.]*\bis\s+not\s+a\s+chaperone\b/i;

export const relativeChaperoneAnswer = toldThenSaid(RELATIVE_CHAPERONE_TOLD, NOT_A_CHAPERONE_SAID);


/** Our notes or someone's details asked for: "wanting our notes on the Morgans' journey for the PO hearing". */
const NOTES_WANTED = /\b(?:wants?|wanting|wanted|asking\s+for|asked\s+for|asks\s+for|requesting|requested)\s+(?:(?:a\s+copy\s+of|copies\s+of)\s+)?(?:our|the|his|her|their|any)\s+(?:[\w'’-]+\s+){0,2}?(?:notes|records?|file|information|info|details|reports?|paperwork|timeline)\b/i;
/** A sentence on a body asking us: "If a Cafcass parental order reporter or the court asks us for information, do not reply yourself". */
const BODY_ASKS_SAID = /\bif\s+(?:a|an|the)\s+([^.,;]{2,60}?)\s+asks?\s+(?:us|you)\b/i;

/**
 * A body the firm's policy names asking for our notes: the one sentence "if a … asks us" whose asker the question names by a proper name
 * the sentence writes with a capital (Cafcass, Ofsted), not by a word any firm's sentences say (a tenant, a parent).
 */
export function namedBodyAsksAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!NOTES_WANTED.test(question)) return undefined;
  const asked = new Set(words(question).filter((w) => w.length >= 4));
  const naming = ctx.config.policies.filter((p) =>
    sentencesOf(p.text).some((s) => {
      const asker = BODY_ASKS_SAID.exec(s)?.[1];
      const names = asker?.match(/\b[A-Z][A-Za-z]{3,}\b/g) ?? [];
      return names.some((name) => asked.has(stem(name.toLowerCase())));
    }),
  );
  return theOnly(naming);
}

/** A slip, with everyone affected to be rung and told: "we left last night's attendee list on the bar. should i phone round everyone on it and apologise?". */
const TELL_THEM_ALL_ASKED =
  /\b(?:phone|ring|call|email|e-mail|text|message|contact)\s+(?:round\s+|around\s+)?(?:everyone|everybody|them\s+all|all\s+of\s+them|each\s+of\s+them|the\s+(?:people|members|customers|clients|patients|families|parents|guests|passengers)(?:\s+on\s+it)?)\b[^.?!]{0,30}?\b(?:apologi[sz]e|say sorry|to let them know|and tell them|to tell them|explain)\b/i;
/** A slip with people's data: a list or papers left, lost or sent, or something sent to the wrong person (not a wrong time, nor power lost). */
const SLIP_TOLD = /\b(?:left|lost|sent|emailed|posted|dropped|forgot|forgotten|leaked|shared)\s+(?:[\w'’-]+\s+){0,3}?(?:lists?|sheets?|registers?|forms?|papers?|paperwork|files?|folders?|details|notes|records?|spreadsheet|reports?|(?:work\s+)?(?:laptop|phone|tablet|ipad))\b|\bto\s+the\s+wrong\s+(?:person|customer|client|member|parent|family|e-?mail|address|group|people)\b/i;
const NO_CONTACTING_SAID = /\b(?:do not|don['’]t|never)\s+(?:\w+\s+){0,5}?contact\s+(?:the\s+|any\s+)?(?:\w+\s+)?(?:members?|customers?|clients?|patients?|people|families|parents|passengers|guests|person|individuals?|recipients?)\b[^.]*\byourself\b|\b(?:do not|don['’]t|never)\s+contact\s+(?:them|anyone)\s+yourself\b/i;

export function tellThemAllAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return TELL_THEM_ALL_ASKED.test(question) && SLIP_TOLD.test(question) ? theOnly(policiesSaying(ctx, NO_CONTACTING_SAID)) : undefined;
}

/** A volunteer asking for someone's risk papers: "Derek's asked me for the full probation paperwork on his new mentee". */
const RISK_PAPERS_ASKED =
  /\b(?:volunteer|mentor)s?\b[^.?!]{0,30}?\b(?:asked|asking|wants?\s+to\s+know)\b[^.?!]{0,20}?\bwhat\s+(?:his|her|their)\s+mentee\s+(?:was|is)\s+(?:convicted|in)\b|\bgive\s+(?:a|the|his|her)\s+mentor\s+(?:the\s+)?(?:oasys|probation|risk)\b|\b(?:asked|asking|asks|wants?|wanted)\s+(?:me\s+|us\s+)?(?:for\s+)?(?:the\s+|his\s+|her\s+|their\s+)?(?:full\s+|whole\s+)?(?:probation|risk|offending|mappa|oasys)\s+(?:paperwork|documents?|papers|file|reports?|summary|assessment|history)\b/i;
const RISK_PAPERS_SAID = /\basks?\s+you\s+for\s+more\b|\bnever\s+the\s+probation\s+documents\b/i;

export const riskPapersAskedAnswer = toldThenSaid(RISK_PAPERS_ASKED, RISK_PAPERS_SAID);

/** Someone's offence asked by a landlord or employer: "landlord on the phone about the flat for Darren, asking straight out what he went inside for". */
const OFFENCE_ASKED =
  /\b(?:landlord|letting agent|employer|boss|college|housing officer|agency|job ?centre|(?:his|her|their)\s+(?:mum|mother|dad|father|family|partner|girlfriend|boyfriend|brother|sister))\b[^.?!]{0,80}?\b(?:what\s+(?:he|she|they)\s+(?:went\s+inside|went\s+down|went\s+to\s+prison|was\s+inside|were\s+inside|did\s+time|got\s+sent\s+down|was\s+convicted|were\s+convicted|was\s+in\s+prison|was\s+locked\s+up)\s+for|(?:his|her|their)\s+(?:offence|offences|conviction|convictions|criminal record|record|licence conditions|time inside)|what\s+(?:his|her|their)\s+(?:offence|conviction)\s+was\s+for|(?:if|whether)\s+(?:he|she|they)\s+(?:has|have)\s+(?:a|any)\s+(?:record|convictions?|criminal record))\b/i;
const NEVER_TELL_OFFENCE_SAID = /\bnever\s+tell\s+(?:a|an|the)\s+(?:landlord|employer|family member)\b[^.]*\b(?:offence|conviction|prison)\b/i;

export const offenceAskedAnswer = toldThenSaid(OFFENCE_ASKED, NEVER_TELL_OFFENCE_SAID);

/** A threat to hurt another told: "my mentee just told me he's going to 'sort out' the bloke who grassed on him tonight". */
const THREAT_TOLD = new RegExp(
  String.raw`\b(?:he|she|they)(?:['’]s|\s+is|\s+was|['’]re|\s+are)?\s+(?:going\s+to|gonna|about\s+to|planning\s+to|wants?\s+to)\s+` +
    // A violent verb, whoever the other is; or "sort out" and "deal with" only of one who wronged them ("the bloke who grassed on him").
    String.raw`(?:(?:batter|hurt|stab|smash|glass|kill|do\s+in|beat\s+up|knock\s+out|kick\s+off\s+on)\b|['‘’"]?(?:sort\s+out|deal\s+with|get)['’"]?\s+(?:the|that|this|a|his|her|their)\s+(?:[\w'’-]+\s+)?(?:bloke|guy|man|lad|woman|girl|person|fella|grass|ex|neighbour|dealer)\s+(?:who|that)\s+(?:grassed|hit|robbed|stole|attacked|jumped|assaulted|battered|reported|dobbed))`,
  'i',
);
const MEANS_TO_HURT_SAID = /\b(?:tells?\s+you|says?|said)\s+(?:they|he|she)\s+(?:mean|means|intend|intends|want|wants|plan|plans)\s+to\s+(?:hurt|harm|attack)\b/i;

export const threatToldAnswer = toldThenSaid(THREAT_TOLD, MEANS_TO_HURT_SAID);

/** A session asked at someone's home: "asked if I can just come round to his flat for our session instead". */
const AT_THEIR_HOME_ASKED =
  /\b(?:come|go|pop|nip)\s+(?:round|over)\s+to\s+(?:his|her|their|my)\s+(?:flat|house|place|home|(?:mum|mother|dad|nan|gran|sister|brother)['’]?s)\b|\b(?:at|in)\s+(?:his|her|their|my)\s+(?:flat|house|place|home)\s+(?:for|instead)\b|\b(?:meet|see)\s+(?:him|her|them)\s+at\s+(?:his|her|their|my)\s+(?:flat|house|place|home)\b/i;
const NOT_AT_HOMES_SAID = /\bnever\s+at\s+their\s+home\b|\bnever\s+(?:at|in)\s+(?:their|someone['’]s|a client['’]s|a mentee['’]s)\s+(?:home|house|flat)\b/i;

export const atTheirHomeAnswer = toldThenSaid(AT_THEIR_HOME_ASKED, NOT_AT_HOMES_SAID);

/** Old handwritten notes found: "found a pile of handwritten notes from my meetings last summer in my desk drawer … what now". */
const HANDWRITTEN_FOUND_TOLD =
  /\b(?:found|came across|there(?:['’]s|\s+is|\s+are)|still\s+(?:have|got))\b[^.?!]{0,40}?\b(?:handwritten|paper|written)\s+notes\b/i;
/** A sentence that paper or notes are typed up: "Paper is never kept: type it up within 2 working days" (not recordings typed up). */
const TYPED_UP_SAID = /^(?!.*\brecordings?\b).*\b(?:paper|notes|handwritten|notebooks?)\b[^.]*\btyped?\s+(?:(?:it|them)\s+)?up\b|^(?!.*\brecordings?\b).*\btyped?\s+(?:(?:it|them)\s+)?up\b[^.]*\b(?:paper|notes)\b/i;

/** Old handwritten notes found, what to do asked: the one sentence on typing paper up, of several the retention policy's. */
export function handwrittenFoundAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!HANDWRITTEN_FOUND_TOLD.test(question) || !WHAT_TO_DO_ASKED.test(question)) return undefined;
  const retention = new Set(policiesByTitle(ctx, RETENTION_TITLE));
  return theOnlyPreferring(policiesSaying(ctx, TYPED_UP_SAID), (p) => retention.has(p));
}

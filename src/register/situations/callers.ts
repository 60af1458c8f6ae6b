// Someone ringing or writing in about another person: where that person is now, or their details, when who the caller is
// cannot be checked. What the firm lets be told is a policy's, often a sentence of a policy on something else (trackers, breaches).
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesSaying, policiesTitled, quoted, theOneTitled, theOnly, theOnlyPreferring, theOnlySaying, toldThenSaid } from '../quoted-policies.ts';
import { claimTold } from './claims.ts';
import { SERVED } from './clients-own.ts';
import { CLAIMS_TO_BE } from './scams.ts';
import { TRACKERS_POLICY, VEHICLE } from './daily-work.ts';
import { theOnlyThirdPartyPolicy } from './requests.ts';

/** Reached us from outside: "rang", "on the phone", "messaged the page", "came in". */
const CALLED_IN = /\b(?:rang|rung|rings|called|calls|phoned|phones|phoning|ringing|calling|on the (?:phone|line)|emailed|messaged|texted|came in|turned up|walked in|at the (?:door|front door|gate|desk|front desk|counter|reception)|caller(?!\s*(?:id|display)\b))\b|\bhad\s+(?:a|an|some|this)\s+(?:[a-z]+\s+){1,2}?(?:ring|call|phone)\b(?=\s+(?:up\s+)?(?:saying|claiming|asking|wanting|to say|to ask)\b)/i;

/**
 * Where someone, or their vehicle, is now, asked: "asked where his wagon is right now", "wants to know where Dave is working
 * today", "wanting to know where one of our au pairs is placed", "asking where their nanny went after she left them", "wants to know where
 * nb Kingfisher is tied up" (a boat moored, read in the ninety-second round). Asked by
 * another ("asked", "wants to know"), so staff asking where a van is parked ask the register or nothing. Where a thing went (an
 * order, a parcel, the shop) is no one's whereabouts: the one asked after is a person, by a pronoun or what they are to us.
 */
/** What someone is to us or to another: the person a caller asks after. */
const WHOM_ASKED_AFTER = String.raw`(?:au pairs?|nann(?:y|ies)|carers?|tenants?|patients?|clients?|customers?|residents?|members?|pupils?|students?|staff|workers?|drivers?|volunteers?|guests?|mum|mom|mother|dad|father|son|daughter|wife|husband|partner|girlfriend|boyfriend|brother|sister|nan|gran|friend|ex)`;

const WHEREABOUTS_ASKED = new RegExp(
  String.raw`\b(?:asked|asking|asks|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?where\s+` +
    String.raw`(?:(?:[\w'’-]+\s+){1,3}?(?:is|are|was|were|'s)\s+(?:right now|now|at the moment|currently|today|working|parked|moored|tied up|berthed|at|on)|` +
    String.raw`(?:he|she|they|one of (?:our|the|their) (?:[\w-]+\s+){0,2}?[\w-]+|(?:his|her|their|our|the)\s+(?:[\w-]+\s+)?${WHOM_ASKED_AFTER})\s+` +
    String.raw`(?:(?:is|are|was|were|'s|has been|have been)\s+(?:placed|staying|living|posted|working)|went|has gone|had gone|have gone|moved to|ended up|lives now))\b`,
  'i',
);

/** A boat's mooring, asked after. */
const MOORED = /\b(?:moored|tied up|berthed)\b/i;

/** A policy sentence on giving someone's location to whoever asks: "never give a driver's location to someone who rings up asking for it". */
const LOCATION_GIVEN_SAID = /\b(?:give|tell|pass|share|say)\b[^.]*\blocations?\b[^.]*\b(?:rings?|calls?|asks?|asking|anyone|someone|family|callers?)\b/i;

/**
 * A policy sentence never to say where someone or something of ours is now: "never tell anyone else where a hirer is", "never say where
 * a wedding is while it is on", "never tell anyone who isn't named on the profile where the child is" (not where a family lives).
 */
const WHEREABOUTS_TOLD_SAID = /\b(?:never|don['’]t|do not)\s+(?:give|tell|pass|share|say)\s+(?:(?:anyone|anybody|someone|others?)\s+(?:else\s+)?)?(?:who\s+[^,.]{0,40}?\s+)?where\s+(?:(?:a|an|the|our|their|his|her)\s+)?[\w'’-]+\s+(?:is|are)\b/i;

/** Whether someone is staying with us, asked by another: "a woman rang asking if her husband dave is sleeping here tonight". */
const STAYING_ASKED = new RegExp(
  String.raw`\b(?:asked|asking|asks|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:if|whether)\s+(?:(?:her|his|their|my)\s+(?:[\w-]+\s+)?${WHOM_ASKED_AFTER}(?:\s+[a-z]+)?|[a-z]+)\s+(?:is|was|has been|['’]s)\s+(?:sleeping|staying|living|booked in|in)\s+(?:here|with (?:us|you)|tonight|at (?:ours|the (?:hall|shelter|hostel|home|refuge|house)))\b` +
    // The caller's own words, after who they say they are: "saying she's Kieran's mum and is he with us yet??".
    String.raw`|\b(?:saying|says|said)\s+(?:she|he|they)(?:['’]s|['’]re|\s+is|\s+are)\s+[a-z]+['’]s\s+[a-z]+\s+and\s+(?:is|was)\s+(?:he|she|they)\s+(?:with (?:us|you)|here|staying (?:here|with (?:us|you)))\b`,
  'i',
);

/** A policy sentence never to say whether someone is staying with us: "never confirm … whether someone is staying with us". */
const STAYING_TOLD_SAID = /\b(?:never|don['’]t|do not)\s+(?:confirm|say|tell|reveal)\b[^.]{0,60}?\b(?:whether|(?<=confirm or deny )that)\s+(?:someone|anyone|somebody|a [\w-]+|they|he|she)\s+(?:is|was|are)\s+(?:staying|here|with us|living|a (?:guest|resident|client|member|patient))\b/i;

/**
 * Whether someone is one of ours, asked by another: "a detective rang asking if a guy called d. walsh has been coming here for sessions",
 * "someone rang asking if we teach a boy called kai", "someone rang … and want to know if amelia is in today" (not our own people asking,
 * nor a subject called further maths).
 */
const OURS_ASKED_AFTER = /^(?=.*\b(?:someone|somebody|a\s+(?:man|woman|lady|guy|bloke|mum|dad|parent|caller|gentleman|person)|an?\s+(?:unknown|withheld)\s+(?:number|caller))\s+(?:rang|rung|phoned|called|emailed|messaged|texted|came in|turned up)\b).*\b(?:asked|asking|asks|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:if|whether)\s+we\s+(?:teach|tutor|coach|see|treat|look after|care for|support|visit|work with)\s+(?:a|an|the)?\s*(?:little\s+|young\s+)?(?:boy|girl|lad|lass|kid|child|pupil|student|man|woman|lady|guy|bloke|someone|somebody|person)\s+(?:called|named)\s+[a-z]+|\b(?:asked|asking|asks|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:if|whether)\b[^?!]{0,60}?\b(?:(?:has been|have been|is|was|['’]s)\s+(?:coming (?:here|to us|in)|(?:a|our|one of our) (?:client|customer|patient|member|guest|resident|pupil|student)s?|seeing (?:us|you|one of)|on our books|registered (?:here|with us)|(?:parked|booked|stored|kept|staying) (?:with us|here)))\b|^(?=.*\b(?:rang|rung|called|phoned|emailed|messaged|texted|caller|on the phone|at the (?:door|front door|desk|front desk|gate|counter))\b)(?!.*\b(?:boss|manager|rota|our new|staff)\b).*\b(?:asked|asking|asks|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:if|whether)\s+(?:(?!(?:it|that|this|everything|anything|post|stock|delivery|parcel|dhl|ups|dpd|evri|hermes|fedex|amazon|royal|the|a|an)\b)[a-z]+|(?:her|his|their|my)\s+(?:husband|wife|partner|boyfriend|girlfriend|son|daughter|mum|dad|mother|father|brother|sister|friend))\s+(?:came|come|has been|had been|was|is)\s+in\s+(?:on|last|yesterday|this|today|the other)\b/i;

/**
 * A policy sentence never to confirm that someone is one of ours: "never confirm that someone is or was our client", "never confirm to a
 * caller that a pupil is taught by us", "never confirm to a stranger that a child attends".
 */
const OURS_CONFIRMED_SAID = /\b(?:never|don['’]t|do not)\s+(?:confirm|say|tell|reveal)\b[^.]{0,40}?\b(?:that|whether|if)\s+(?:a|an|the|someone|anyone)\s+(?:[\w-]+\s+)?(?:is|was|are)\s+(?:taught|tutored|coached|seen|treated|looked after|cared for|supported|visited)\s+by us\b|\b(?:never|don['’]t|do not)\s+(?:confirm|say|tell|reveal)\b[^.]{0,40}?\b(?:that|whether|if)\s+(?:someone|anyone|somebody|a person|they|he|she)\s+(?:is|was|are)(?:,?\s+(?:or\s+)?(?:is|was|has been|wanted to be),?)*\s+(?:our|a|one of our)\s+(?:client|customer|patient|member|guest|resident)s?\b|\b(?:never|don['’]t|do not)\s+(?:confirm|say|tell|reveal)\b[^.]{0,60}?\bwhether\s+(?:a|an|the|someone['’]s|their)\s+[\w-]+\s+(?:is|was|are)\s+(?:with us|here|booked in|parked)\b|\b(?:never|don['’]t|do not)\s+confirm\b[^.]{0,40}?\b(?:that|whether|if)\s+(?:a|any)\s+(?:child|pupil|member|young person)\s+(?:attends|comes here|is here)\b/i;

/** A caller's question whether someone is with us or one of ours, beside the policy sentence never to confirm it. */
const CONFIRMING_ASKED: readonly (readonly [RegExp, RegExp])[] = [
  [STAYING_ASKED, STAYING_TOLD_SAID],
  [OURS_ASKED_AFTER, OURS_CONFIRMED_SAID],
];

/**
 * A caller asking where someone is now: the policy that says whom a location may be told; else, for a vehicle, the policy on
 * its trackers (what their data is for); else the one on giving out information.
 */
export function whereaboutsAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // Whether someone is with us, or one of ours, asked by a caller: the one sentence that says never to confirm it.
  for (const [asked, said] of CONFIRMING_ASKED) {
    const confirming = asked.test(question) && CALLED_IN.test(question) ? theOnly(policiesSaying(ctx, said)) : undefined;
    if (confirming) return confirming;
  }
  const asked = WHEREABOUTS_ASKED.exec(question);
  if (!asked || !CALLED_IN.test(question)) return undefined;
  const trackers = VEHICLE.test(asked[0]) ? theOneTitled(ctx, TRACKERS_POLICY) : undefined;
  const told = theOnlySaying(ctx, LOCATION_GIVEN_SAID, WHEREABOUTS_TOLD_SAID);
  // A boat moored is asked after only by the sentence on whereabouts: the policy on giving out information at large is about people
  // ("someone rang asking where a fishing boat is moored" of a lifeboat station's casualty callers; the review of the ninety-second round).
  if (MOORED.test(asked[0])) return told;
  return told ?? trackers ?? theOnlyThirdPartyPolicy(ctx);
}

/**
 * Where we will be, asked by a caller: "someone phoned asking what time we will be at hall farm on thurs", "rang asking which
 * yards we'll be at tomorrow". Staff asking where they are working ask the diary, so only one who rang or wrote in asks this;
 * and a place or which of them is asked, so a client asking when we will be back for her own job ("when we'll be back to do the
 * mare") asks her booking.
 */
const OUR_WHEREABOUTS_ASKED = /\b(?:asked|asking|asks|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:which\b[^.?!]{0,40}?\b(?:we|you|the (?:team|crew|lads))\s*(?:['’]?ll|will|are|['’]re|re)?\s+(?:be|working|going|at)\b|(?:where|what time|when)\b[^.?!]{0,40}?\b(?:we|you|the (?:team|crew|lads))\s*(?:['’]?ll|will|are|['’]re|re)?\s+(?:be (?:at|working)|working|at)\b)/i;

/** A policy sentence never to tell a caller where or when we are working: "never tell a caller which yards we are at or when", "…when we will be there". */
const OUR_WHEREABOUTS_SAID = /\b(?:never|don['’]t|do not)\s+(?:give|tell|pass|share|say)\b[^.]{0,80}?\b(?:which|where|when)\s+(?:[\w'’-]+\s+){0,2}?(?:we|we['’]re|the (?:team|crew|lads))\s+(?:are|will be|['’]ll be|work|working)\b/i;

/** A caller asking where we will be ({@link OUR_WHEREABOUTS_ASKED}): the policy that says never to tell one. */
export function ourWhereaboutsAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return OUR_WHEREABOUTS_ASKED.test(question) && CALLED_IN.test(question) ? theOnly(policiesSaying(ctx, OUR_WHEREABOUTS_SAID)) : undefined;
}

/** Another family's or customer's number asked by one of them: "one of the dads asked me for the Okoro family's phone number". */
const ANOTHERS_NUMBER_ASKED = /\b(?:asked|asking|asks|wants?|wanted)\s+(?:me\s+|us\s+)?(?:for\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:family['’]s|families['’]|another (?:family|parent|customer|client|member|guest)s?|(?!(?:my|his|her|their|our|its)\b)[a-z]+['’]s)\s+(phone|mobile|number|address|e-?mail|contact)/i;

/** A policy sentence that one customer's details never go to another: "never give one parent's details to another parent". */
const ONE_TO_ANOTHER_SAID = /\b(?:never|do not|don['’]t)\s+(?:give|pass|share|hand)\b[^.]*\b(?:one|another|other)\s+(?:parent|customer|client|famil|guest|member|owner|tenant|patient|resident)/i;

/**
 * Another's number asked by one of those we serve: the one policy sentence that forbids passing one's details to another, else the one
 * that forbids giving out one's number (or address, as asked) at all ("Never give a candidate's phone number to a family"). Not the
 * policy on callers at large, whose title may name callers of another kind (a radio station's phone-in).
 */
const OUR_PERSONS_NUMBER = /\bour\s+[a-z]+['’]s\s+(?:phone|mobile|number)\b/i;

export function anothersNumberAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const asked = ANOTHERS_NUMBER_ASKED.exec(question)?.[1];
  // "Asked for our trainee's mobile": one of our own people's number, which the rule on staff numbers answers.
  if (!asked || OUR_PERSONS_NUMBER.test(question)) return undefined;
  const given = /address/i.test(asked) ? 'address' : /mail/i.test(asked) ? 'e-?mail(?: address)?' : '(?:(?:mobile|phone|personal|home)\\s+)?(?:phone\\s+)?(?:number|mobile)';
  const neverGiven = new RegExp(String.raw`\b(?:never|do not|don['’]t)\s+(?:give|pass|share|hand)\s+(?:out\s+)?(?:a|an|the|any)\s+[\w-]+['’]s\s+${given}\b`, 'i');
  return theOnly(policiesSaying(ctx, ONE_TO_ANOTHER_SAID)) ?? theOnly(policiesSaying(ctx, neverGiven));
}

/**
 * The press asking after someone: "a bloke from the local paper phoned asking if a famous footballer's mum is staying with us". A stranger with
 * a camera or notepad asking is the press too: "some bloke at the gate with a camera asking whos shooting today" (read in the ninety-first round).
 */
const PRESS_ASKS = /\b(?:journalists?|reporters?|(?:the |a |local )*press|(?:local |the |a )*(?:news)?papers?|tv crew|radio station|(?:bloke|guy|chap|fella|man|woman|lady|someone|somebody)\s+(?:[\w-]+\s+){0,3}?with\s+(?:a\s+)?(?:camera|long lens|notepad|notebook|microphone|mic|film crew))\b[^.?!]{0,40}?\b(?:rang|rung|phoned|called|emailed|messaged|asking|asked|asks|wants?|wanting|came in|turned up|on the (?:phone|line))\b/i;

/** A policy on the press, by its title or keywords (not "social media", nor "phones and other media" that hold data). */
const PRESS_POLICY = /\bpress\b|\bjournalists?\b|\breporters?\b|\b(?:the|news|local|national) media\b|\bmedia (?:enquir\w+|requests?|contacts?|relations|interviews?)\b/i;

/**
 * A policy sentence on what the press are told or whom they go to: "…or the press go to Ruth", "never speak to journalists", "refer any
 * press enquiry to Margaret".
 */
const PRESS_SAID = /\b(?:the|a|any|local)\s+press\b(?!\s+(?:release|the button|and hold|record))|\bpress\s+(?:enquir(?:y|ies)|inquir(?:y|ies))\b|\bjournalists?\b|\breporters?\b/i;

/** What a paper's name ends in: "Standard", "Gazette", "Post". */
const PAPER_WORD = String.raw`Standard|Gazette|Echo|Post|Times|Herald|Advertiser|Mercury|Chronicle|Argus|Telegraph|Journal|Observer|Courier|Examiner|Sentinel|Evening News`;

/**
 * A paper by its masthead, in capitals as written, asking: "someone from the Wilts and Glos Standard just phoned", "Racing Post rang
 * asking…" (not "the Royal Mail Post Office", nor "Facebook Post got loads of comments, someone asked…").
 */
const MASTHEAD_ASKS = new RegExp(
  String.raw`\bfrom the\s+(?:[A-Z][\w&]*\s+(?:and\s+|&\s+)?){1,4}(?:${PAPER_WORD})\b(?!\s+Office)[^.?!]{0,40}?\b(?:rang|rung|phoned|called|emailed|messaged|asking|asked|asks|wants?|wanting|came in|turned up|on the (?:phone|line))\b` +
    // At the start, the paper's name and straight after it what it did: "Racing Post rang asking…", "Daily Mail rang".
    String.raw`|^\s*(?:The\s+)?(?!(?:Facebook|Instagram|Insta|Twitter|Linkedin|TikTok|Owners?|Open|Our|My|Your|Royal|Last|Next|First|Blog)\b)(?:[A-Z][\w&]*\s+){1,3}(?:${PAPER_WORD}|Mail|Mirror|Express|Guardian|Independent|Sun)\b(?!\s+Office)\s+(?:just\s+|have\s+|has\s+)?(?:rang|rung|phoned|called|emailed|messaged|asked|asking|wants?|wanting|(?:is|are|was|were)\s+on the (?:phone|line))\b`,
);

/**
 * A paper by its name said in lower case, by someone from it: "lad from the yorkshire post turned up at the gate asking what we've found".
 * One from it said, so a post on a page ("a woman from the facebook post asked") or the post office is no paper.
 */
const FROM_PAPER_ASKS = new RegExp(
  String.raw`\b(?:lad|lass|bloke|guy|chap|woman|man|lady|fella|someone|somebody|girl|reporter|journalist)\s+from\s+the\s+(?!(?:facebook|insta\w*|twitter|linkedin|tiktok|royal|our|my|last|next|first|blog|morning|evening)\b)(?:[a-z][\w&]*\s+){1,3}(?:${PAPER_WORD})\b(?!\s+office)[^.?!]{0,40}?\b(?:rang|rung|phoned|called|emailed|messaged|asking|asked|asks|wants?|wanting|came in|turned up|on the (?:phone|line))\b`,
  'i',
);

/**
 * A paper by a masthead's last word, in lower case, at the start and ringing: "the herald rang my mobile asking about the crash". Only words
 * that name nothing else (not "the courier rang", "the echo rang round the hall"), and not about a subscription or an advert.
 */
const PAPER_RANG = /^(?!.*\b(?:subscri\w*|advertis\w*|adverts?|invoices?|deliver\w*|paper round)\b)\s*(?:the\s+)?(?:local\s+)?(?:[a-z]+\s+)?(?:herald|gazette|advertiser|mercury|chronicle|argus|telegraph|evening news)\s+(?:just\s+|have\s+|has\s+)?(?:rang|rung|phoned|called|emailed|messaged)\b/i;

/** The press asking after someone: the firm's one policy naming the press, else the one on telling others about someone, else the one sentence on the press. */
export function pressAsksAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!PRESS_ASKS.test(question) && !MASTHEAD_ASKS.test(question) && !FROM_PAPER_ASKS.test(question) && !PAPER_RANG.test(question)) return undefined;
  return theOnly(policiesTitled(ctx, PRESS_POLICY)) ?? theOnlyThirdPartyPolicy(ctx) ?? theOnly(policiesSaying(ctx, PRESS_SAID));
}

/** Who the caller says they are, which cannot be checked: "saying she's the bride's mum", "claiming to be his brother", "saying he's mrs pickles' nephew". */
const CLAIM_TOLD = claimTold(String.raw`(?:(?:the|a|an|his|her|their|(?:[a-z]+\s+)?[a-z]+['’]s)\b|(?:[a-z]+\s+)?[a-z]+s['’]\s)`);

/** A role a caller claims, told as what they do: "a man rang saying he runs the pony club rally". Read in the eighty-eighth round. */
const CLAIMS_ROLE = /\b(?:saying|says|said|claim(?:s|ed|ing)?)\s+(?:he|she|they)\s+(?:runs?|organi[sz]es?|(?:is|are)\s+from|works?\s+(?:for|at)|represents?)\s+(?:the|a|an|their|his|her)\b/i;

/** One tied to a person we serve, by who they are to them: "a tenant's mum", "a student's host family", "the owner's ex-partner". */
const TIED_TO_ANOTHER = /\b[a-z]+['’]s\s+(?:(?:current|new|old|former)\s+)?(mum|mom|mother|dad|father|parent|wife|husband|partner|ex|ex-partner|ex-wife|ex-husband|son|daughter|brother|sister|boss|employer|girlfriend|boyfriend|host family|family|neighbou?r|friend|carer|landlord|solicitor)\b/i;

/** Wanting another's details: an address, a number, a booking's where and when, a bill, a copy of their report or records. */
const DETAILS_WANTED = /\b(?:wants?|wanted|wanting|needs?|needed|needing|asking for|asked for|asks for|after|looking for)\s+(?:(?:the|his|her|their|a|an)\s+)?(?:[\w'’-]+\s+){0,4}?(?:address|addresses|number|numbers|(?<!\bto\s)e-?mail|details|venue|postcode|booking|times?|dates?|invoices?|bills?|receipts?|cop(?:y|ies)|reports?|records?|notes)\b|\bask(?:ed|ing|s)?\s+(?:(?:us|me)\s+)?what\s+(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}?(?:address|number|e-?mail|details|postcode)\b/i;

/** Something of another's asked by a caller who says who they are: "asking what the Bells paid", "asking when we're fixing it". */
const ASKS_OF_ANOTHER = /\b(?:ask(?:ed|ing|s)?|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:what|when|where|how much|how|whether|if|after)\s+(?:the\s+)?[\w'’-]+/i;

/**
 * A policy sentence on what to give a caller who cannot be checked: "if someone you can't check asks for a customer's details, give nothing
 * out", "never confirm to anyone on the phone that someone is a client", "Never give a child's details to anyone but their parent".
 */
const GIVE_NOTHING_SAID = /\b(?:give nothing out|(?:never|don['’]t|do not)\s+give\s+(?:(?:a|an|any|their|our)\s+)?(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+)?details\s+to\s+anyone\s+(?:but|except|other than)\b|never give out|do not give out|don['’]t give out|(?:never|don['’]t|do not)\s+confirm|(?:can|may) only (?:discuss|talk about|speak about)|(?:never|don['’]t|do not)\s+tell\s+(?:the|a|an)\s+[\w-]+(?:\s+member)?\s+(?:when|whether|where|if)\b)/i;

/** A title on what we tell or share with those the asker is: "What we tell host families" for a host family asking. */
function titledOnTelling(ctx: QaContext, asker: string): QaAnswer | undefined {
  const last = asker.toLowerCase().split(/\s+/).at(-1) ?? '';
  const them = new RegExp(String.raw`\b${last.replace(/y$/, '(?:y|ie)')}s?\b`, 'i');
  return theOnly(policiesByTitle(ctx, them).filter((p) => /\b(?:tell|telling|share|sharing|give|giving|talk|talking|discuss\w*)\b/i.test(p.title)));
}

/**
 * A caller asking after their own kin or partner, who may be one we serve: "asking whether his wife comes here on tuesdays", "a
 * woman's husband rang asking if she'd put a deposit down on anything", "mrs harper's daughter rang wanting to know what's in her mum's will".
 */
const ASKS_AFTER_KIN = /\b(?:ask(?:ed|ing|s)?|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:whether|if|when|where|what|how)\s+(?:his|her|their)\s+(?:wife|husband|partner|girlfriend|boyfriend|ex|son|daughter|mum|mom|mother|dad|father|brother|sister)\b|\b[a-z]+(?:['’]?s|s['’])\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|son|daughter|mum|mom|mother|dad|father|brother|sister)\s+(?:just\s+)?(?:rang|called|phoned|came in|emailed|messaged|texted)\b[^.?!]{0,30}?\b(?:ask(?:ed|ing)?|wanting to know|wants to know|wanted to know)\s+(?:(?:us|me)\s+)?(?:whether|if|when|what|where|how)\s+(?:she|he|they)\b|\b[a-z]+(?:['’]?s|s['’])\s+(?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|son|daughter|mum|mom|mother|dad|father|brother|sister)\s+(?:just\s+)?(?:rang|called|phoned|came in|emailed|messaged|texted)\b[^.?!]{0,30}?\b(?:ask(?:ed|ing)?|wanting to know|wants to know|wanted to know)\s+(?:(?:us|me)\s+)?(?:whether|if|when|what|where|how)\b[^.?!]{0,30}?\b(?:his|her|their)\s+(?:mum|mom|mother|dad|father|nan|gran|grandma|grandad|wife|husband|partner|brother|sister|son|daughter)['’]?s\b|\b(?:saying|says|said|claims?|claiming)\s+(?:she|he|they)(?:['’]?s| is| was| are)\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+)?[a-z]+(?:['’]?s|s['’])\s+(?:niece|nephew|cousin|aunt|auntie|uncle|grand\w+|son|daughter|sister|brother|wife|husband|partner|carer|neighbour|friend)\b[^.?!]{0,40}?\b(?:wanted|wants|wanting|asked|asking|asks)\s+(?:to know\s+)?(?:if|whether|when|where|what|how)\b/i;

/**
 * Whether to tell a caller something of another we serve, asked: "groom's on the phone asking how much is left to pay on amy's
 * dress… ok to tell him?". The thing is another's by name ("amy's"), and telling the caller is what is asked.
 */
const TELL_CALLER_ASKED = /\b(?!(?:his|her|their|my|our|your|its|it|that|what|who|there|here|he|she|where|when|how)['’]s\b)[a-z]+['’]s\s+[\w-]+\b.*\b(?:ok|okay|alright|fine|allowed|can i|could i|should i|do i|shall i)\s+(?:to\s+)?(?:just\s+)?(?:tell|give|say|confirm)\s+(?:him|her|them|it)\b/i;

/** Family in the story, the caller or the one asked after: "mum … keeps ringing asking if he's booked yet". */
const KIN_TOLD = /\b(?:mum|mom|mother|dad|father|parents?|wife|husband|partner|son|daughter|brother|sister|girlfriend|boyfriend|relatives?|family)\b/i;

/** What to tell the caller, asked: "what can I tell her?", "can I tell him?". */
const TELL_THEM_ASKED = /\b(?:what|how much)\s+(?:can|could|should|do|shall)\s+(?:i|we)\s+(?:tell|say to|give)\s+(?:him|her|them)\b|\b(?:can|could|should|shall)\s+(?:i|we)\s+(?:just\s+)?(?:tell|confirm (?:it )?to)\s+(?:him|her|them)\b/i;

/**
 * A caller asking after their own kin, or asking of another's thing with telling them asked (by name, or family in the story): the policy on telling others about
 * someone, else the one sentence that says give nothing out.
 */
export function callerAsksOfAnotherAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const ofAnother = ASKS_OF_ANOTHER.test(question) && (TELL_CALLER_ASKED.test(question) || (KIN_TOLD.test(question) && TELL_THEM_ASKED.test(question)));
  if (!CALLED_IN.test(question) || !(ASKS_AFTER_KIN.test(question) || ofAnother)) return undefined;
  return theOnlyThirdPartyPolicy(ctx) ?? theOnly(policiesSaying(ctx, GIVE_NOTHING_SAID));
}

/** Someone named as a person or a family: "mr hale", "dr patel's surgery", "the okoro family"; not an occasion or a kind of people ("the kids", "st patrick's day"). */
const SOMEONE_NAMED = String.raw`(?:(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]+|the\s+[a-z]+\s+family\b)`;

/**
 * Whether someone is ours asked from outside: "someone phoned asking if we do the shredding for dr patel's surgery", "a woman rang to
 * ask whether mr hale is one of our clients". Who we serve is itself someone's information; whom a service is for is not
 * ("asking if we do discounts for students", "parties for the kids").
 */
const ASKS_IF_OURS = new RegExp(String.raw`\b(?:ask(?:ed|ing|s)?|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:if|whether)\s+(?:(?:we|you)\s+(?:(?:do|did|have done|work|worked|are working|clean|shred)\b[^.?!]{0,40}?\bfor|look(?:ed)? after|supply)\s+${SOMEONE_NAMED}|(?:[\w'’.-]+\s+){1,4}?(?:is|are|was|were)\s+(?:still\s+)?(?:(?:a\s+|one of\s+(?:our|your)\s+|(?:our|your)\s+)(?:customers?|clients?|members?|patients?|pupils?|tenants?|guests?)|one of (?:ours|yours)\b|on (?:our|your) books|registered with (?:us|you)|with (?:us|you))\b|(?:(?:his|her|their|my)\s+(?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|brother|sister|nan|gran|grandad|grandma|aunt|uncle)|${SOMEONE_NAMED})(?:['’]s|\s+has|\s+had|\s+have)\s+(?:ever\s+)?been\s+in\s+touch\s+with\s+(?:us|you)\b)`, 'i');

/** A policy sentence not to confirm whom we serve: "don't confirm or deny it", "never confirm to anyone that a person uses the food bank". */
const CONFIRM_OURS_SAID = /\b(?:never|don['’]t|do not)\s+confirm\b[^.]*\b(?:or deny|customers?|clients?|patients?|members?|uses|comes? here|work(?:s|ing)? for|registered with us)\b/i;

/** A caller asking whether someone is ours: the one policy sentence that says not to confirm it, else the policy on telling others about someone. */
export function askedIfOursAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CALLED_IN.test(question) || !ASKS_IF_OURS.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, CONFIRM_OURS_SAID)) ?? theOnlyThirdPartyPolicy(ctx);
}

/** Leave in law to act for someone: a lasting power of attorney, a deputyship. */
const ACTS_FOR_THEM = /\b(?:lpa|power of attorney|attorney|deputyship|court[- ]appointed deputy)\b/i;

/** A sentence on those with leave in law to act for someone: "an attorney whose registered LPA we have a copy of". */
const ATTORNEY_SAID = /\b(?:lpa|lasting power|power of attorney|attorneys?|deputyship)\b/i;

/** Leave to act for someone said held for them ("has power of attorney for his father"), not a deed asked for nor leave said alone ("says he's got lpa"). */
const HOLDS_POWER_FOR = /\b(?:has|have|got|holds?)\s+(?:(?:a|the|lasting|an)\s+)*(?:lpa|power of attorney)\s+for\b/i;

/** A policy titled on those who call: "Family members and carers who call about a patient", "Phone enquiries". */
const CALLERS_TITLE = /\b(?:call|calls|callers?|phone|phones|enquir\w*)\b/i;

/** The tie a caller claims ("saying she's the wife of one of yesterday's patients"), and the words a policy may say it by. */
const CLAIMED_TIE = /\b(?:saying|says|said|claim(?:s|ed|ing)?)\s+(?:she|he|they)(?:['’]?s|\s+is|\s+are|['’]re|\s+was)\s+(?:the|his|her|their|a)\s+(wife|husband|partner|girlfriend|boyfriend|mum|mother|dad|father|parent|son|daughter|carer)\b/i;
const ONE_WE_SERVE = new RegExp(String.raw`\b${SERVED}(?:['’]s?)?\b`, 'i');
const TIE_WORDS: Record<string, string> = {
  wife: 'partner|wife|husband|spouse', husband: 'partner|wife|husband|spouse', partner: 'partner|wife|husband|spouse', girlfriend: 'partner', boyfriend: 'partner',
  mum: 'parent|mum|mother|family', mother: 'parent|mum|mother|family', dad: 'parent|dad|father|family', father: 'parent|dad|father|family', parent: 'parent|family',
  son: 'son|daughter|family|relative', daughter: 'son|daughter|family|relative', carer: 'carer',
};

/**
 * Of no policy on telling others, the one sentence that says what someone of that tie is not given ("never leaves results on a voicemail
 * or with a partner, parent of an adult or carer unless the patient has told us in writing").
 */
function tieRuleAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const tie = CLAIMED_TIE.exec(question)?.[1]?.toLowerCase();
  // Kin of one we serve ("the wife of one of yesterday's patients"), not of one of us ("the wife of our new nurse").
  if (!tie || !ONE_WE_SERVE.test(question)) return undefined;
  const named = `\\b(?:${TIE_WORDS[tie]})s?\\b`;
  return theOnly(policiesSaying(ctx, new RegExp(`\\b(?:never|don['’]?t|do not|not|unless)\\b[^.]*${named}|${named}[^.]*\\b(?:never|unless)\\b`, 'i')));
}

/**
 * A caller claiming a tie to someone, or one tied to a person we serve, wanting that person's details: the policy on telling
 * those they are, else the one on giving out information, else the one sentence that says give nothing out.
 */
export function claimedCallerAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // "Says he's got lpa": one with the law's leave to act for them asks as they would, which the policy on requests answers; or, read in
  // the eighty-eighth round, the one policy whose sentence says what such a caller is told ("or an attorney whose registered LPA we have a
  // copy of"), for "caller says he has power of attorney for his father and wants the audiogram results".
  // Of several saying it, the one titled on callers.
  if (ACTS_FOR_THEM.test(question)) return CALLED_IN.test(question) && HOLDS_POWER_FOR.test(question) ? theOnlyPreferring(policiesSaying(ctx, ATTORNEY_SAID), (p) => CALLERS_TITLE.test(p.title)) : undefined;
  const tied = TIED_TO_ANOTHER.exec(question);
  const claimed = CALLED_IN.test(question) && CLAIM_TOLD.test(question);
  // A role claimed ("saying he runs the pony club rally") only with someone's details wanted, not a question of our own (stables free).
  const roleClaimed = CALLED_IN.test(question) && CLAIMS_ROLE.test(question);
  if (!(tied || claimed || roleClaimed) || !(DETAILS_WANTED.test(question) || (claimed && ASKS_OF_ANOTHER.test(question)))) return undefined;
  return (tied?.[1] ? titledOnTelling(ctx, tied[1]) : undefined) ?? theOnlyThirdPartyPolicy(ctx) ?? theOnly(policiesSaying(ctx, GIVE_NOTHING_SAID)) ?? tieRuleAnswer(ctx, question);
}

/** Someone's details asked to be confirmed or given: "wanted me to confirm mr dobson's home address and what income we put on his return". */
const CONFIRM_ASKED = /\b(?:confirm|give (?:him|her|them)|tell (?:him|her|them)|read (?:out|back))\b[^.?!]{0,40}?\b(?:address|details|number|date of birth|income|return|account|bank|utr|ni number|national insurance)\b/i;

/** A body with the standing to ask after someone, claimed: "from the revenue", "from the council", not "from the window cleaners". */
const AUTHORITY_CLAIMED = /\bfrom\s+(?:the\s+|their\s+|your\s+)?(?:revenue|inland revenue|hmrc|tax ?man|tax office|council|police|dwp|jobcentre|job centre|benefits(?: office)?|bank|court|bailiffs?|cqc|ofsted|ico|nhs|gp|surgery|hospital|social services|insurers?|insurance|solicitors?|home office|border force|child maintenance|csa)\b/i;

/** A policy sentence on someone who rings or writes claiming to be a body: "If someone rings or emails claiming to be HMRC and asks about a client, don't give anything away". */
const CLAIMING_CALLER_SAID = /\b(?:rings?|calls?|phones?|e-?mails?|writes?|texts?|messages?)\b[^.]*\b(?:claim(?:ing|s)?|pretending|saying they are|says they are) to be\b/i;

/**
 * A caller claiming to be from a body with standing ("man rang saying he's from the revenue") who wants someone's details: the firm's one policy
 * sentence on such a caller. Our own details or a login asked are a scam's ({@link scamTold}), read before.
 */
export function bodyClaimedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CLAIMS_TO_BE.test(question) || !AUTHORITY_CLAIMED.test(question) || !(CONFIRM_ASKED.test(question) || DETAILS_WANTED.test(question))) return undefined;
  return theOnly(policiesSaying(ctx, CLAIMING_CALLER_SAID));
}

/**
 * An MP's office asking after someone we act for: "email from the mp for leicester east's caseworker asking for an update on mr singh's
 * case". Asking or chasing, not any want of an MP's ("our MP wants a photo with the volunteers").
 */
const MP_ASKS = /\b(?:mp|mp['’]s|member of parliament)\b[^.?!]{0,60}?\b(?:asking|asked|asks|enquir\w*|chasing|update|caseworker)\b|\bcaseworker\b[^.?!]{0,40}?\b(?:mp|mp['’]s|member of parliament)\b/i;

/** A policy sentence on MPs' offices: "MPs' offices need the client's signed consent too". */
const MP_SAID = /\bMPs?(?:['’]s?)?\b|\b[Mm]embers? of [Pp]arliament\b/;

/** An MP's office asking after someone: the firm's one policy with a sentence on MPs. */
export function mpAsksAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return MP_ASKS.test(question) ? theOnly(policiesSaying(ctx, MP_SAID)) : undefined;
}

/** What we may say to someone asking, asked: "what can i say?", "what do I tell her", "can I tell them". */
const WHAT_TO_SAY = /\bwhat (?:can|do|should|shall|am) (?:i|we) (?:allowed to )?(?:say|tell)\b|\b(?:can|should|shall) (?:i|we) tell (?:him|her|them|the)\b/i;

/**
 * Something of one kind of person we deal with asked by another, and what to say asked: "agent's on at me asking how much the guarantor
 * earns … what can i say?". A policy titled by that kind of person alone ("Guarantors", "Volunteers") says what they may be told.
 */
export function personTitledAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // The kind of person is the one asked after ("asking how much the guarantor earns"), not the one asking.
  const asked = WHAT_TO_SAY.test(question) ? ASKS_OF_ANOTHER.exec(question)?.[0].split(/\s+/).pop()?.toLowerCase() : undefined;
  if (!asked) return undefined;
  const titled = ctx.config.policies.filter((p) => {
    const plural = /^\s*([A-Za-z]{4,})\s*$/.exec(p.title)?.[1]?.toLowerCase();
    const one = plural?.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural?.endsWith('s') ? plural.slice(0, -1) : undefined;
    return one !== undefined && (asked === one || asked === plural);
  });
  return theOnly(titled);
}

/**
 * Who has a thing of ours on loan, asked by someone else: "wants to know who's got it so she can knock on their door", "asked who
 * borrowed the strimmer". The firm's one policy sentence on never saying who has borrowed or hired something.
 */
const BORROWER_ASKED = /\b(?:wants?|wanted|wanting|asking|asked|asks)\s+(?:me\s+|us\s+)?(?:to know\s+)?(?:(?:who['’]?s got|who has(?: got)?|who had)\s+(?:it|that|them)\b|(?:who['’]?s (?:borrowed|hired|rented)|who (?:borrowed|hired|rented|took out))\s+(?:it|that|them|the|our)\b)/i;
const BORROWER_KEPT_SAID = /\b(?:never|don['’]t|do not|not)\s+(?:tell|say|give out|share)\b[^.]*\bwho (?:has |had )?(?:borrowed|hired|rented|got)\b/i;
export const borrowerAskedAnswer = toldThenSaid(BORROWER_ASKED, BORROWER_KEPT_SAID);

/**
 * What another has borrowed, asked: "a woman rang asking what books her husband has out, he's lost the list" (read in the ninety-first round).
 * The things by a word for them, and someone else's ("her husband", "Mr Lee's") having them out.
 */
const BORROWED_BY_ANOTHER_ASKED = /\b(?:asking|asked|asks|wants? to know|wanted to know|wanting to know)\s+(?:me\s+|us\s+)?(?:what|which)\s+(?:books?|dvds?|items?|things?|kit|tools?|games?|equipment)\s+(?:her|his|their|[a-z]+['’]s)\s+(?:[\w-]+\s+)?(?:has|have|had|['’]s)\s+(?:got\s+)?(?:out|borrowed|on loan|taken out)\b/i;

/** A policy sentence never to tell what another has borrowed: "Never tell anyone what another person has borrowed". */
const BORROWED_KEPT_SAID = /\b(?:never|don['’]t|do not|not)\s+(?:tell|say|give out|share)\b[^.]*\bwhat\s+(?:another|someone|anyone|other|a)\b[^.]{0,30}?\b(?:borrowed|hired|taken out|has out)\b/i;

export const borrowedByAnotherAnswer = toldThenSaid(BORROWED_BY_ANOTHER_ASKED, BORROWED_KEPT_SAID);

/**
 * Someone's money asked by another, often family: "rang saying shes mr pettits daughter and wants to know how much he still owes us",
 * "asking how much her mum's been taking out at the counter lately". The firm's one policy sentence on not telling others someone's
 * balance or money.
 */
const MONEY_OF_ANOTHER_ASKED = /\bhow much\s+(?:he|she|they|(?:her|his|their)\s+[a-z]+(?:['’]s)?|(?:mr|mrs|ms|miss)\.?\s+[a-z]+(?:['’]s)?)\s+(?:(?:has|is|was|had|have|been|still|already)\s+)*(?:owes?|owed|paid|spent|spending|taking out|taken out|took out|withdrawn|withdrawing|got left|in (?:the|his|her|their) account)\b/i;
const MONEY_KEPT_SAID = /\b(?:never|not|do not|don['’]t)\s+(?:discuss|read out|tell|say|give out|share|confirm)\b[^.]*\b(?:balances?|money|arrears|what (?:they|he|she) owes?)\b/i;

/** A policy sentence never to discuss someone's case with their family: "Never discuss a case with a partner, relative or neighbour". */
const CASE_KEPT_FROM_FAMILY_SAID = /\b(?:never|not|do not|don['’]t)\s+discuss\s+(?:a|the|any|someone['’]s)\s+(?:case|account|debt)\s+with\s+(?:a|their|his|her)?\s*(?:partner|relative|family|spouse)/i;

/** Family asking: "his wife rang up asking how much he owes". */
const FAMILY_ASKING = /\b(?:wife|husband|partner|mum|mam|mother|dad|father|son|daughter|brother|sister|relative|neighbour|family)\b/i;

/** Staff's own money among themselves: "how much she owes for the christmas do kitty". */
const STAFF_WHIP_ROUND = /\b(?:kitty|whip ?round|tea fund|raffle|sweepstake|christmas do)\b/i;

/** Someone's money asked by another: the sentence on not telling balances, else, where family asks, the one never to discuss a case with them. */
export function moneyOfAnotherAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!MONEY_OF_ANOTHER_ASKED.test(question) || STAFF_WHIP_ROUND.test(question)) return undefined;
  return theOnlySaying(ctx, MONEY_KEPT_SAID, ...(FAMILY_ASKING.test(question) ? [CASE_KEPT_FROM_FAMILY_SAID] : []));
}

/**
 * Someone's record asked to be confirmed by an outside body: "salon emailed asking us to confirm one of last years grads actually passed
 * our course", "an agency wants us to confirm she worked here". The firm's one policy sentence on when we confirm such a thing.
 */
const RECORD_CONFIRM_ASKED = /\b(?:ask(?:ing|ed|s)?|wants?|wanted|wanting|need(?:s|ed)?)\s+(?:us\s+|me\s+)?(?:to\s+)?confirm\b[^.?!]{0,60}?\b(?:passed|qualified|completed|finished|worked|works|employed|attended|trained|studied|enrolled|was (?:a|one of)|is (?:a|one of))\b/i;
const CONFIRM_RULED_SAID = /\bconfirm\w*\b[^.;]*\b(?:only (?:when|if|with)|never|not without)\b|\b(?:only|never)\b[^.;]*\bconfirm\w*\b/i;
export const confirmAskedAnswer = toldThenSaid(RECORD_CONFIRM_ASKED, CONFIRM_RULED_SAID);

/**
 * Who it was we went to, asked by someone outside: "lady in the spar asked me if it was old jim we went to yesterday and whether he pulled
 * through", "neighbour wants to know who the ambulance was for". A person, not a day ("asked me if it was tuesday we went to").
 */
const WHO_IT_WAS_ASKED =
  /\b(?:ask(?:ed|ing|s)?|wants? to know|wanted to know|wanting to know)\s+(?:me\s+|us\s+)?(?:if|whether)\s+it\s+was\s+(?:old\s+|young\s+|little\s+)?(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last|this|that|then|there|here|where|when|what)\b)[a-z]+\s+(?:we|you|the (?:ambulance|crew|team))\s+(?:went to|attended|were called (?:to|out to)|treated|saw|helped|picked up|took|visited)\b|\b(?:ask(?:ed|ing|s)?|wants? to know|wanted to know|wanting to know)\s+(?:me\s+|us\s+)?who\s+(?:the\s+)?(?:ambulance|call(?:-?out)?|crew|we)\s+(?:was|were)\s+(?:for|called (?:to|for|out to))\b/i;

/** A policy sentence never to confirm who someone was, or whether: "Never confirm who a patient was, what happened or whether…". */
const NEVER_CONFIRM_WHO_SAID = /\b(?:never|do not|don['’]t)\s+confirm\s+(?:who|whether|that|if)\b/i;

export const whoItWasAskedAnswer = toldThenSaid(WHO_IT_WAS_ASKED, NEVER_CONFIRM_WHO_SAID);

/**
 * A caller asking whether someone is with us now or booked: "a woman rang asking if her husband has an appointment here this afternoon",
 * "someone rang asking if Dr Okoro is seeing a 'Mark' today, says he's his brother" (read in the eighty-ninth round), "a womans ex partner
 * rang asking if she rents a unit here" (from its review).
 */
const WHETHER_HERE_ASKED =
  /\b(?:ask(?:ed|ing|s)?|wants? to know|wanted to know|wanting to know)\s+(?:(?:us|me)\s+)?(?:if|whether)\b[^.?!]{0,60}?\b(?:has (?:an? |his |her |their )?(?:appointment|session|booking)|(?:is|was) (?:seeing|here|in today|in now|booked|a client|a patient|coming in)|(?:comes|came|attends|goes) (?:here|to us)|(?:is|are|was) (?:with|in with) (?:us|you)|(?:rents?|has|hires?|keeps?) (?:a |an )?(?:unit|room|locker|space|box|plot|container) (?:here|with us))\b/i;

/**
 * A policy sentence never to tell whether someone is a client or here: "Reception does not confirm to anyone whether a person is a
 * client", "Never tell a caller or visitor which counsellor someone sees or whether they are here", "We do not tell anyone (…) who rents a unit".
 */
const NOT_TOLD_WHETHER_SAID = /\b(?:never|not|does not|do not|don['’]t|doesn['’]t)\s+(?:tell|confirm|say)\b[^.;]*\b(?:whether|who\s+(?:rents|has|uses|comes|attends|hires)\b)/i;

/** A caller asking whether someone is here or booked: the one or two policies whose sentence says that is never told. */
export function whetherHereAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CALLED_IN.test(question) || !WHETHER_HERE_ASKED.test(question)) return undefined;
  const saying = policiesSaying(ctx, NOT_TOLD_WHETHER_SAID);
  return saying.length === 1 || saying.length === 2 ? quoted(saying) : undefined;
}

/**
 * A request for the firm's own information, as a public body's: "email from a Mr Hosking saying we are a public body so we have to send him
 * the names of everyone with a mooring here", "got a letter from a local councillor asking how much we spent on dredging last year" (read in the
 * ninetieth round). Only where the firm has a policy on Freedom of Information.
 */
const FOI_ASKED =
  /\b(?:foi|freedom of information|(?:we['’]?re|we are|as|being)\s+a\s+public\s+(?:body|authority))\b|\b(?:letter|email|e-mail|written request|request)\b[^.?!]{0,20}?\bfrom\s+(?:a\s+|an\s+|the\s+|our\s+)?(?:local\s+|county\s+|town\s+|parish\s+|district\s+)?(?:councillor|journalist|reporter|newspaper|campaigner|campaign group)\b[^.?!]{0,40}?\basking\b/i;

/** A policy on Freedom of Information requests, by its title or keywords. */
const FOI_POLICY = /\bfoi\b|\bfreedom of information\b/i;

export function foiAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return FOI_ASKED.test(question) ? theOnly(policiesTitled(ctx, FOI_POLICY)) : undefined;
}

/** Askers by their part in the firm's world, as a policy sentence may name them. */
const ASKER_KIND = String.raw`(landowner|farmer|neighbour|landlord|tenant|leaseholder|journalist|reporter|insurer|employer|councillor|solicitor)`;

/**
 * One of a kind of asker asking about something of ours, told: "the landowner at arne rang asking who started the fire last week, he wants the
 * details of the people we saw" (read in the ninety-first round). The kind is told as the one asking who it was, or for the people's names or
 * details. Built once: it is tried on every story that reaches it.
 */
const ASKER_KIND_ASKS = new RegExp(
  String.raw`\b${ASKER_KIND}s?\b[^.?!]{0,40}?\b(?:(?:asking|asked|asks|wants? to know|wanted to know|wanting to know)\s+(?:us\s+|me\s+)?(?:(?:if|whether)\s+(?:we|you|i|anyone)\s+(?:saw|know|knew|have seen|had seen|noticed|spotted)\s+)?(?:who|whose|for\s+(?:the\s+|their\s+)?(?:names?|details|numbers?|addresses)|about\s+(?:the\s+)?(?:people|person|incident|accident|fire|names?))|wants?\s+(?:the\s+|their\s+)?(?:names?|details|numbers?|addresses))\b`,
  'i',
);

/**
 * Where a policy sentence says we do not discuss or share something with that kind of asker ("do not discuss them with landowners or post
 * them online"): that sentence's policy, the one rule on what that asker may be told.
 */
export function askerKindRefusedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const kind = ASKER_KIND_ASKS.exec(question)?.[1]?.toLowerCase();
  if (!kind) return undefined;
  const refused = new RegExp(String.raw`\b(?:do not|don['’]t|never|not)\s+(?:discuss|share|give|pass|tell|show|send)\b[^.;]*\b(?:with|to)\s+(?:a\s+|the\s+|any\s+)?${kind}s?\b`, 'i');
  return theOnlySaying(ctx, refused);
}

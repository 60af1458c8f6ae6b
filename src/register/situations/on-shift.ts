// Things that happen on a shift, told in a line, each answered by the one policy sentence that says what to do: a seller without
// ID, a seizure, someone taken ill, a count short of what is written, a dose refused, medicine to stay in a vehicle, a neighbour offering to have a child, a robbery, a meeting recorded on one's own
// phone, sessions missed, someone put out.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, policiesSayingWhole, storyWords, theOnly, toldThenSaid } from '../quoted-policies.ts';

/** Someone selling us something without ID: "guy at the counter wants to sell us his dad's old omega but says he hasn't got any ID on him". */
const SELLING_WITHOUT_ID = /\b(?:sell|selling|sells|part[- ]?ex\w*|trade in|trading in)\b[^.?!]{0,80}?\b(?:(?:has|have|had)(?:n['’]?t| not) got|hasnt got|without|no|doesn['’]?t have|didn['’]?t bring|forgot|won['’]?t show|refus\w* to show)\s+(?:any\s+|his\s+|her\s+|their\s+)?(?:photo\s+)?(?:id|identification|proof of address)\b/i;

/** A policy sentence on the ID a seller shows: "We buy watches only from someone who shows photo ID", "the seller will not show ID". */
const SELLER_ID_SAID = /\b(?:buy|buying|part-exchange|sellers?)\b[^.;]*\b(?:photo id|id|identification)\b/i;

/** Someone selling to us without ID ({@link SELLING_WITHOUT_ID}): the one policy sentence on the ID a seller shows. */
export const sellingWithoutIdAnswer = toldThenSaid(SELLING_WITHOUT_ID, SELLER_ID_SAID);

/** A seizure going on, told: "jake is fitting on the bus", "she's having a seizure"; not "the lads are fitting the kitchen". */
const SEIZURE_TOLD = /\b(?:is|['’]s|are|started|keeps|been|having|had)\s+(?:a\s+)?(?:fitting|seizures?|fit)\b(?!\s+(?:the|a|an|new|it|them|our|his|her|their|in|out|for|to|into|with|well|fine|perfectly)\b)/i;

/** A seizure told: the one policy that says what to do in one. */
export const seizureToldAnswer = toldThenSaid(SEIZURE_TOLD, /\bseizures?\b/i);

/** A pupil's or client's medicine to be left in a vehicle overnight, asked: "can I leave Ella's midazolam bag under the seat overnight?". */
const MEDICINE_LEFT_ASKED = /^(?=.*\b(?:midazolam|epipens?|inhalers?|insulin|medication|medicines?|meds|rescue med\w*|prescriptions?)\b).*\b(?:leave|leaving|left|keep|keeping)\b[^.?!]{0,40}?\b(?:under the seat|in the (?:car|van|bus|vehicle|minibus|taxi|boot|glove ?box)|on the (?:bus|vehicle|minibus|van))\b[^.?!]{0,40}?\b(?:overnight|all night|till|until|tonight|in the morning)\b/i;

/** A policy sentence that medicine is never left in a vehicle (read whole: "Medication … travels in the pupil's own bag …; it is never left on the vehicle"). */
const MEDICINE_NEVER_LEFT_SAID = (sentence: string) => /\b(?:medication|medicines?|midazolam|epipens?|insulin|inhalers?)\b/i.test(sentence) && /\bnever (?:be )?left (?:on|in) the (?:vehicle|car|van|bus|minibus)\b/i.test(sentence);

/** Medicine to be left in a vehicle overnight ({@link MEDICINE_LEFT_ASKED}): the one policy that says it never is. */
export function medicineLeftAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return MEDICINE_LEFT_ASKED.test(question) ? theOnly(policiesSayingWhole(ctx, MEDICINE_NEVER_LEFT_SAID)) : undefined;
}

/** A neighbour offering to have a child nobody is home for: "the lady next door says she knows him and will have him till mum's back". */
const NEIGHBOUR_OFFERS = /\b(?:neighbou?rs?|next door)\b[^.?!]{0,60}?\b(?:will|can|could|would|offered to|offering to|happy to)\s+(?:have|take|mind|look after|keep|watch|sit with)\s+(?:him|her|them)\b/i;

/** A policy sentence against leaving a child with a neighbour, or that children are handed only to those named. */
const NOT_WITH_NEIGHBOUR_SAID = /\b(?:never|not|don['’]t|do not)\b[^.;]*\bwith a neighbou?r\b|\bhand\s+(?:a|the)\s+(?:pupil|child|kid|young person|passenger)\s+only to\b/i;

/** A neighbour offering to have a child ({@link NEIGHBOUR_OFFERS}): the one policy on whom children are handed to. */
export const neighbourOffersAnswer = toldThenSaid(NEIGHBOUR_OFFERS, NOT_WITH_NEIGHBOUR_SAID);

/** A robbery told: "we just got held up at bentley, guy had a knife", "the shop's been robbed", "someone mugged me for the float". */
const ROBBERY_TOLD = /\b(?:we|i|me|us|the (?:shop|branch|office|store|staff|cashier|till)|[a-z]+ (?:shop|branch|office|store))\s+(?:(?:have|has|had|['’]ve|just|got|been|was|were|get)\s+){1,3}(?:held up|robbed|mugged|stuck up)\b(?!\s+by\s+(?:the\s+)?(?:system|traffic|roadworks|queue|checks?|bank|post))|\barmed robbery\b|\b(?:held|holding)\s+(?:us|me|the (?:shop|till|counter|staff))\s+up\b|\brobbed\s+(?:us|me|the (?:shop|till|safe|counter|office))\b/i;

/** A policy sentence on what to do in a robbery: "If you are robbed, hand over what is asked…". */
const ROBBERY_SAID = /\b(?:robbed|robbery|robberies|held up|hold-?ups?)\b/i;

/** A robbery told ({@link ROBBERY_TOLD}): the one policy that says what to do in one. */
export const robberyToldAnswer = toldThenSaid(ROBBERY_TOLD, ROBBERY_SAID);

/** Leave asked to record a meeting on one's own phone: "owner asked if i could record the consult on my phone so she can play it back". */
const RECORDED_ON_OWN_PHONE = /\brecord(?:ing|ed)?\b[^.?!]{0,60}?\b(?:on|with)\s+my\s+(?:own\s+|personal\s+)?(?:phone|mobile|iphone)\b|\b(?:got|filmed|videoed|caught)\s+(?:[\w'’-]+\s+){0,3}?(?:on|with)\s+my\s+(?:own\s+|personal\s+)?(?:phone|mobile|iphone)\b/i;

/** A policy sentence never to record on one's own phone: "never record a consultation on your own phone". */
const NO_OWN_PHONE_RECORDING_SAID = /\bnever (?:record|film)\b[^.;]*\b(?:your|their) (?:own|personal) (?:phone|mobile)\b/i;

/** Leave asked to record on one's own phone ({@link RECORDED_ON_OWN_PHONE}): the one policy sentence that says never to. */
export const recordedOnOwnPhoneAnswer = toldThenSaid(RECORDED_ON_OWN_PHONE, NO_OWN_PHONE_RECORDING_SAID);

/** Someone we serve not come for sessions running: "my learner hasnt shown up the last 2 weeks", "she's not turned up twice now". */
const NO_SHOW_TOLD = /\b(?:hasn['’]?t|has not|haven['’]?t|have not|didn['’]?t|did not|not|never)\s+(?:shown up|turned up|showed up|show up|turn up|come in|come|been in|attended)\b[^.?!]{0,40}?\b(?:(?:the\s+)?(?:last|past)\s+(?:two|2|three|3|few|couple of)\s+(?:weeks|sessions|times|lessons|classes|visits)|twice|two weeks running|two weeks in a row)\b/i;

/** A policy sentence on someone not turning up: "If a learner does not turn up twice in a row, tell Imran". */
const NO_SHOW_SAID = /\b(?:does not|doesn['’]t|do not|don['’]t|fails? to|not)\s+(?:turn up|show up|attend|come)\b[^.;]{0,30}?\b(?:twice|two|in a row|running)\b|\bno-?shows?\b/i;

/** Sessions missed, told ({@link NO_SHOW_TOLD}): the one policy sentence on what to do when someone stops turning up. */
export const noShowAnswer = toldThenSaid(NO_SHOW_TOLD, NO_SHOW_SAID);

/** Someone put out or turned away, told: "had to chuck a guy out at 10ish for being mouthy", "we kicked him out", "refused a lad at the door". */
const PUT_OUT_TOLD = /\b(?:chuck(?:ed)?|threw|thrown|throw|kick(?:ed)?|turf(?:ed)?|boot(?:ed)?|put|sling|slung)\s+(?:(?:a|the|this|that|some|one)\s+)?(?:(?:guy|bloke|lad|man|woman|lady|customer|member|fella|guest|punter|drunk|couple|group)\s+|him\s+|her\s+|them\s+|someone\s+|somebody\s+)?out\b(?!\s+(?:of (?:date|stock|order)|the (?:rubbish|bins?|recycling)))|\b(?:asked|told)\s+(?:him|her|them|a \w+)\s+to\s+leave\b|\brefused\s+(?:him|her|them|a \w+|entry)\b/i;

/** A policy sentence on noting who was refused or asked to leave: "Anyone refused or asked to leave goes in the incident book". */
const PUT_OUT_NOTED_SAID = /\b(?:refused|asked to leave|thrown out|ejected|removed)\b[^.;]*\b(?:incident (?:book|log|form|report)|log(?:ged)?|record(?:ed)?|written|note[ds]?|book)\b/i;

/** Someone put out, told ({@link PUT_OUT_TOLD}): the one policy sentence on noting it. */
export const putOutAnswer = toldThenSaid(PUT_OUT_TOLD, PUT_OUT_NOTED_SAID);

/**
 * Someone taken ill in front of us now: "guy in bay 2 has gone grey and says his chest feels tight", "a lady's collapsed by the tills",
 * "he's struggling to breathe", "her face has gone all droopy and she's slurring". Only where a policy's sentence on calling 999 or an ambulance names what the story tells ("chest pain"), not
 * who it is (a member, a lady); and not one past, nor the paperwork after it ("a member fainted last week, do I write it in the accident book?").
 */
const TAKEN_ILL_NOW = /^(?!.*\b(?:last (?:week|night|month|year)|yesterday|earlier (?:today|this week)|accident book|incident (?:report|form|book)|fill (?:in|out)|write (?:it|this|that) (?:up|down|in)|record (?:it|this|that)|paperwork)\b).*\b(?:chest\s+(?:feels?\s+|is\s+|going\s+)?(?:tight|pains?|hurts?|sore)|chest pains?|pains? in (?:his|her|their|my) chest|collapsed|keeled over|can['’]?t breathe|cannot breathe|struggling to breathe|short of breath|gone (?:grey|blue|white|pale)|passed out|fainted|unconscious|not breathing|heart attack|(?:face|mouth)\s+(?:has\s+)?(?:gone|going|is|looks?)\s+(?:all\s+)?(?:droopy|drooping|lopsided)|(?:gone|went)\s+down\b[^.?!]{0,40}?\b(?:isn['’]?t|isnt|is not|not)\s+respond\w*|(?<=\b(?:mrs?|ms|miss|he|she|lady|man|gent|gentleman|woman|members?|guests?|residents?|patients?|clients?|customers?|child|kid|boy|girl|lad|someone|somebody)\b[^.?!]{0,40}?)(?:(?:isn['’]?t|isnt|is not|not)\s+responding|unresponsive)(?!\s+to\s+(?:(?:our|my|the|any|her|his|their)\s+)?(?:texts?|emails?|e-mails?|letters?|messages?|calls?|phone|voicemails?|reminders?))|slurr(?:ing|ed)\s+(?:his|her|their)?\s*(?:words|speech)|(?:he|she)['’]?s\s+slurring)\b/i;

/** Someone taken ill now: the one policy sentence on calling 999 that names what the story tells. */
const takenIllNamedAnswer = toldThenSaid(TAKEN_ILL_NOW, /\b999\b|\bambulance\b/i, {
  storyWord: storyWords('call', 'ring', 'feels?', 'says?', 'members?', 'customers?', 'clients?', 'guests?', 'patients?', 'punters?', 'visitors?', 'lady', 'ladies', 'woman', 'women', 'man', 'men', 'person', 'people', 'someone', 'somebody', 'home', 'house'),
  only: true,
});

/** A policy sentence on calling 999 when anyone is taken ill, in the policy's general words: "If a member is taken ill, call 999, …", "In an emergency call 999". */
const TAKEN_ILL_999_SAID = /^(?=.*\b(?:999|ambulance)\b)(?=.*\b(?:taken ill|falls? ill|collapses?|collapsed|medical emergency|(?:in|if there is|if there['’]s) an emergency)\b)/i;

/** A policy titled on someone taken ill, or on emergencies: "A member taken ill at a session", "Medical emergencies". */
const TAKEN_ILL_TITLE = /\b(?:taken ill|falls? ill|illness|emergenc(?:y|ies)|first aid)\b/i;

/** A faint of days ago or of one's own, or at a last visit: the 999 rule in general words is no answer ("fainted at her last appointment"). */
const PAST_OR_OWN_TURN = /\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\blast (?:appointment|time|visit|session|class|lesson|shift)\b|\bi (?:think i )?(?:fainted|passed out|collapsed|keeled over)\b/i;

/**
 * Someone taken ill now: the 999 sentence naming what the story tells, else the one sentence on calling 999 for anyone taken ill ("gentleman at
 * table 4 has just collapsed!! what do we do" against "If a member is taken ill, call 999, use the defibrillator …").
 */
export function takenIllNowAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // Tried on every question: the story is read once here, and again by the named reading only where it is told.
  if (!TAKEN_ILL_NOW.test(question)) return undefined;
  if (PAST_OR_OWN_TURN.test(question)) return takenIllNamedAnswer(ctx, question);
  // Else the one policy titled on someone taken ill or an emergency whose sentence says 999 ("A member taken ill at a session").
  return takenIllNamedAnswer(ctx, question) ?? theOnly(policiesSaying(ctx, TAKEN_ILL_999_SAID)) ?? theOnly(policiesSaying(ctx, /\b999\b/).filter((p) => TAKEN_ILL_TITLE.test(p.title)));
}

/**
 * A count that does not match what is written: "checked the oramorph at Mr Dunn's and it's 2ml short of what's written", "Marcia's purse
 * count is £4.20 short of what's written down", "the float doesn't add up". The one policy sentence on a discrepancy or difference, of
 * several the one naming a word of the story.
 */
const COUNT_SHORT = /\b(?:short|under|out|missing|down)\b[^.?!]{0,20}?\b(?:of|from|on|against)\s+what(?:['’]s|\s+is|\s+was|\s+it\s+says)\s+(?:written|recorded|logged|on the (?:sheet|chart|record|book|card))\b|\b(?:count|cash|money|till|tin|float|purse)\b[^.?!]{0,30}\b(?:doesn['’]?t|does not|don['’]?t|won['’]?t)\s+(?:match|add up|tally|balance)\b|\b(?:count|stock ?take|tally)\b[^.?!]{0,40}?\b(?:one|two|three|a|\d+)\s+(?:box(?:es)?|rounds?|cartridges?|bottles?|tablets?|doses?|packs?|packets?|vials?|ampoules?|keys?|radios?|tins?|notes?|pounds?|quid)\s+(?:short|missing|down)\b/i;

/** A count short of what is written: the one policy sentence on discrepancies. */
export const countShortAnswer = toldThenSaid(COUNT_SHORT, /\b(?:discrepanc\w*|difference)\b/i, { storyWord: storyWords('written', 'short') });

/**
 * A dose refused: "Gary wouldn't take his 8am tablets again, spat them out", "she refused her evening meds". The one policy sentence on a
 * refused dose.
 */
const DOSE_REFUSED = /\b(?:wouldn['’]?t|won['’]?t|wouldnt|wont|refused|refuses|refusing|didn['’]?t want to)\s+(?:to\s+)?(?:take|have)\s+(?:his|her|their|the|any of (?:his|her|their))\s+(?:[\w'’-]+\s+){0,2}?(?:tablets?|meds|medicines?|medication|pills?|doses?|insulin|inhalers?)\b|\b(?:refused|refuses|refusing)\s+(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:tablets?|meds|medicines?|medication|pills?|doses?)\b/i;

/** A dose refused: the one policy sentence that says what to do when a dose is refused. */
export const doseRefusedAnswer = toldThenSaid(DOSE_REFUSED, /\brefus\w*\b[^.]*\b(?:doses?|medicines?|medication|meds|tablets?)\b|\b(?:doses?|medicines?|medication|meds|tablets?)\b[^.]*\brefus\w*\b/i);

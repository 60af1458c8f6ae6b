// Stories of a client's own affairs crossing into ours: a client who turns out to be someone we know, a thing asked for a relative
// who cannot come in, photos of their papers sent to a work phone, a new treatment told, a suspicion of their money, one of them
// filming on our premises, a receipt lost from their shopping. Each is answered by the one policy sentence on that case.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSaying, theOnly, toldThenSaid } from '../quoted-policies.ts';

/** Those we serve, by the names trades give them. */
export const SERVED = String.raw`(?:clients?|customers?|patients?|members?|residents?|tenants?|families|family|service users?|learners?|students?|pupils?|guests?)`;

/** Whom one may know outside work. */
const KNOWN_AS = String.raw`(?:(?:next[- ]door\s+)?neighbou?rs?|friends?|mates?|cousins?|ex|relatives?|aunt(?:ie)?|uncle|sister|brother|(?:mother|father|sister|brother)[- ]in[- ]law|landlord|kid['’]?s teacher)`;

/**
 * One we serve who turns out to be someone we know: "just realised the client booked in with me tomorrow is my next door neighbour",
 * "my new client is my cousin's ex", "my cousin has just joined the queue at the desk". Not one of us who knows the firm ("my neighbour is a client of yours" asks nothing of our work), nor a
 * thing of theirs ("the client's dog is my neighbour's").
 */
const CLIENT_KNOWN = new RegExp(
  String.raw`\b${SERVED}\b(?!['’])[^.?!]{0,50}?\b(?:is|was|turns out to be|turned out to be|happens to be)\s+(?:actually\s+)?(?:my|our)\s+(?:[\w'’-]+\s+)?${KNOWN_AS}\b(?!['’])|\b(?:i|we)\s+know\s+(?:the\s+|this\s+|my\s+)?(?:${SERVED}|her|him|them)\s+(?:socially|personally|outside (?:of )?work|from (?:school|church|the pub|the gym|down the road))\b` +
    // Or one we know come to be served: "my cousin has just joined the queue at the desk, do i serve her?".
    String.raw`|\bmy\s+${KNOWN_AS}\s+(?:has\s+|have\s+|is\s+|['’]s\s+)?(?:just\s+)?(?:joined the queue|come in|came in|walked in|booked in|turned up|at the (?:counter|desk|till))\b`,
  'i',
);

/** A policy sentence on serving someone one knows: "If you meet a client you know socially, tell Megan", "a conflict of interest", "if a relative, friend or neighbour comes to the counter". */
const KNOWN_CLIENT_SAID = /\b(?:know|knows|knew)\s+(?:them\s+|him\s+|her\s+)?(?:socially|personally|outside work)\b|\bconflicts? of interest\b|\bsomeone you know\b|\bif (?:a|an|your) (?:relative|friend|neighbou?r|family member)\b[^.]*\b(?:comes?|serve|counter|desk)\b/i;

/** One we serve who turns out to be someone we know: the firm's one policy sentence on that. */
export const clientKnownAnswer = toldThenSaid(CLIENT_KNOWN, KNOWN_CLIENT_SAID);

/**
 * Something asked for on behalf of a relative who cannot come: "woman came in asking for a food voucher for her sister whos too poorly
 * to come in herself". Asked for them, not a relative's story told.
 */
const ASKED_FOR_ANOTHER = /\b(?:asking|asked|asks|wants?|wanted|wanting|came in for|come in for|here for)\b[^.?!]{0,40}?\bfor\s+(?:her|his|their|my)\s+(?:sister|brother|mum|mother|dad|father|husband|wife|partner|son|daughter|neighbou?r|friend|nan|gran|grandad|aunt(?:ie)?|uncle)\b[^.?!]{0,30}?\b(?:who['’]?s|whos|who is|as (?:she|he|they)['’]?s?|(?:she|he|they)['’]?s)\s+(?:too\s+)?(?:poorly|ill|sick|unwell|housebound|bedbound|in hospital|not well|can['’]?t (?:get|come)|cannot (?:get|come)|unable to)\b/i;

/** A policy sentence on giving a thing in another's name or to a third party: "Never issue a voucher in someone else's name". */
const OTHERS_NAME_SAID = /\bsomeone else['’]?s name\b|\bin (?:another|a different) person['’]?s name\b|\bhand (?:it|them) to a third party\b/i;

/** Something asked for on behalf of a relative who cannot come: the firm's one policy sentence on giving it in another's name. */
export const askedForAnotherAnswer = toldThenSaid(ASKED_FOR_ANOTHER, OTHERS_NAME_SAID);

/** Photos of one's papers sent to a phone by one we serve: "client keeps whatsapping me photos of her bailiff letters to my work phone". */
const PAPERS_SENT_TO_PHONE = new RegExp(
  String.raw`\b${SERVED}\b[^.?!]{0,40}?\b(?:whatsapp(?:s|ing|ed)?|send(?:s|ing)?|sent|text(?:s|ing|ed)?|messag(?:es|ing|ed))\s+(?:me\s+|us\s+)?(?:(?:loads of|lots of|some)\s+)?(?:photos?|pictures?|pics?|screenshots?|scans?)\s+of\s+(?:(?:her|his|their)\s+)?(?:[\w-]+\s+){0,2}?(?:letters?|bills?|statements?|papers?|documents?|forms?|payslips?|notices?)\b`,
  'i',
);

/** A policy sentence on photos of papers a client sends to a phone: "If a client sends photos of letters to your work phone, save them to AdvicePro". */
const PAPERS_SENT_SAID = /\bsends?\s+(?:you\s+)?(?:photos?|pictures?|pics?|screenshots?|scans?)\b[^.]*\bphones?\b/i;

/** Photos of papers sent to a phone by one we serve: the firm's one policy sentence on them. */
export const papersSentToPhoneAnswer = toldThenSaid(PAPERS_SENT_TO_PHONE, PAPERS_SENT_SAID);

/**
 * One we serve telling us of a new treatment or medicine: "regular lady told me today she's just started chemo. she's booked in for her
 * tint in 2 weeks", "he mentioned he's on new tablets", "regular client just told me she's pregnant", or an operation they had ("Dave in
 * the bar just told me he had a stent put in last month"), or a medicine they take ("the lad I tested says he takes codeine for his back, where do I
 * put that"). Their record is to be put right
 * before the next visit. One we serve tells it, not one of us ("one of the girls told me she's pregnant").
 */
const NEW_TREATMENT_TOLD = /\b(?:(?:mrs|mr|ms|miss|dr)\.?\s+[a-z]+|clients?|customers?|patients?|members?|residents?|regular|lady|gent|gentleman|man|woman|guest)\b[^.?!]{0,40}?\b(?:told|tells|mentioned|said|says|let (?:me|us) know)\b[^.?!]{0,40}?\b(?:(?:she|he|they)['’](?:s|re)|(?:she|he|they) (?:is|are|has|have))\s+(?:just\s+|recently\s+|now\s+)?(?:started|starting|begun|on|having|been put on|gone on)\s+(?:(?:some|a|her|his|their|the)\s+)?(?:chemo\w*|radiotherapy|(?:new\s+)?(?:medication|meds|tablets|pills|treatment|antibiotics|steroids|blood thinners|hrt))\b|\b(?:(?:mrs|mr|ms|miss|dr)\.?\s+[a-z]+|clients?|customers?|patients?|members?|residents?|regular|lady|guest)\b[^.?!]{0,40}?\b(?:told|tells|mentioned|said|says|let (?:me|us) know)\b[^.?!]{0,40}?\b(?:she['’]?s|she is)\s+(?:just\s+)?(?:pregnant|expecting(?!\s+(?:a|an|the|some|it|them|that)\s+(?!baby\b)))\b|\b(?:told|tells|mentioned|said|says|let (?:me|us) know)\b[^.?!]{0,30}?\b(?:he|she|they)\s+(?:had|has had|['’]s had|['’]d had|have had|['’]ve had)\s+(?:just\s+|recently\s+)?(?:a|an|some|his|her|their)?\s*(?:[\w-]+\s+)?(?:stent|operation|op|surgery|bypass|pacemaker|transplant|heart attack|stroke|seizure|hip replacement|knee replacement)\b|\b(?:the|a|this|one|my)\s+(?:lad|lass|man|woman|guy|bloke|girl|boy|client|customer|patient|donor|member|resident|candidate|learner|student|surfer|rider|swimmer|diver)\b[^.?!]{0,30}?\b(?:told|tells|mentioned|said|says|let (?:me|us) know)\b[^.?!]{0,30}?\b(?:he|she|they)\s+(?:takes?|is taking|are taking|['’](?:s|re) taking|(?:is|are|['’]s|['’]re) on)\s+(?:some\s+|a\s+|the\s+)?(?:codeine|co-codamol|tramadol|morphine|methadone|diazepam|insulin|antidepressants?|painkillers?|(?:[\w-]+\s+)?(?:medication|meds|tablets|pills|prescriptions?))\b/i;

/**
 * A policy sentence on a client telling us of a medicine or a change: "If a client tells you about a reaction or a new medication, update
 * the form", "whenever they mention a change, such as new tablets, pregnancy".
 */
const NEW_TREATMENT_SAID = /\b(?:tells?|mentions?)\s+(?:you|us|a change)\b[^.]*\b(?:medications?|medicines?|treatments?|conditions?|tablets|pregnancy|prescriptions?)\b/i;

/** One we serve telling of a new treatment: the firm's one policy sentence on being told of one. */
export const newTreatmentToldAnswer = toldThenSaid(NEW_TREATMENT_TOLD, NEW_TREATMENT_SAID);

/**
 * A suspicion about a client's money, and whether to ask or tell them, asked: "client declares tiny takings but just turned up in a brand
 * new range rover, should I ask him about it?", "i flagged a buyer to rosalind and now he's asking why his purchase is held up, can I tell
 * him?". Telling them is the tipping off the firm's anti-money-laundering policy forbids.
 */
const SUSPICION_TOLD = /\b(?:feels?|seems?|looks?|smells?)\s+(?:a bit\s+|really\s+)?(?:off|dodgy|fishy|suspicious|wrong)\b|\bcagey\b|\bsuspicious\b|\bdoesn['’]?t add up\b|\bbrand new\s+(?:range rover|porsche|bmw|merc\w*|audi|car|van)\b|\b(?:tiny|small|low|hardly any)\s+(?:takings|income|turnover|profits?)\b|\b(?:cash|money|deposit|funds?)\b[^.?!]{0,40}?\b(?:from|in)\s+(?:an?\s+)?(?:account\s+)?(?:abroad|overseas|offshore|dubai|cyprus|panama)\b/i;
/** The suspicion is of money: a deposit, takings. "The buyer looks a bit off today", or a new car alone, is no suspicion of his money. */
const MONEY_SAID = /\b(?:money|cash|deposit|funds?|takings|income|turnover|profits?|payments?|paid|paying|account|transfer|mortgage)\b/i;

/** Someone reported as suspected: "i flagged a buyer to rosalind". */
const FLAGGED = /\b(?:flagged|reported)\s+(?:a|the|this|him|her|them)\s*(?:buyer|seller|client|customer|vendor|tenant)?\s+(?:to|up)\b/i;

const ASK_THEM = /\b(?:should|shall|can|could|do)\s+i\s+(?:just\s+)?(?:ask|tell|question|warn|let)\s+(?:him|her|them|the (?:client|buyer|seller|customer|vendor))\b|\b(?:should|shall|can|could|do)\s+i\s+(?:say|mention)\s+(?:something|anything|it|this|that)\s+to\s+(?:him|her|them|the (?:client|buyer|seller|customer|vendor))\b/i;

/** A policy sentence on tipping off: "tipping off is a criminal offence". */
const TIPPING_OFF_SAID = /\btipping[- ]off\b/i;

/** A suspicion about a client, and whether to ask or tell them: the firm's one policy sentence on tipping off. */
export function tippingOffAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const suspected = FLAGGED.test(question) || (SUSPICION_TOLD.test(question) && MONEY_SAID.test(question));
  return suspected && ASK_THEM.test(question) ? theOnly(policiesSaying(ctx, TIPPING_OFF_SAID)) : undefined;
}

/**
 * One who came to us filming or photographing on our premises, told: "the customer who came in to watch his shred got his phone out and
 * started filming", "a visitor keeps taking pictures of the kids", "dad in the grotto has his phone out filming his kids". Not filming done for us ("filming a review video for us").
 */
const VISITOR_FILMING = /^(?!.*\bfor (?:us|our)\b).*\b(?:customers?|visitors?|clients?|guests?|bloke|man|woman|lady|someone|somebody|contractors?|auditors?|inspectors?|electricians?|engineers?|parents?|dads?|mums?)\b[^.?!]{0,60}?\b(?:(?:started|start|was|is|were|are|keeps?|kept|been)\s+(?:filming|recording|videoing|snapping (?:photos|pictures|pics)|taking (?:photos|pictures|pics|videos|selfies?))|wants? to (?:film|video|record|photograph)|(?:can|could) (?:she|he|they|i) (?:take|film|video) (?:a )?(?:selfies?|photos?|pics?|videos?)|got (?:his|her|their) phones? out and (?:started\s+)?(?:filming|recording|taking (?:photos|pictures|pics))|(?:has|had|with|got)\s+(?:his|her|their)\s+phones?\s+out\s+(?:and\s+)?(?:is\s+)?(?:filming|recording|videoing|taking (?:photos|pictures|pics|videos)))\b/i;

/** A policy sentence on filming or photos by those on our premises: "no photos, videos or calls in the shredding hall", "If a visitor is filming…", "if someone is filming other children". */
const NO_FILMING_SAID = /\bno (?:photos|filming|videos?|pictures)\b|\b(?:parents?|visitors?|customers?|guests?|families)\s+may\s+(?:take|film|record)\s+(?:their own|photos|pictures|videos)\b|\b(?:visitor|customer|guest|parent|someone|somebody|anyone)s?\s+(?:is|are)\s+(?:filming|recording|photographing)\b/i;

/** One on our premises filming: the firm's one policy sentence on filming or photos there. */
export const visitorFilmingAnswer = toldThenSaid(VISITOR_FILMING, NO_FILMING_SAID);

/** A thing of ours one we serve carries to get in or pay: a fob, a key card, a pass. */
const CARRIED = String.raw`(?:fobs?|key ?fobs?|key ?cards?|door cards?|access cards?|passes|pass|swipe cards?|lanyards?|badges?)`;

/**
 * One we serve who lost a thing of ours they carry, told: "member just rang, she dropped her fob somewhere on the way home", "a
 * tenant's lost his key card". Not ours lost: the policy sentence on that one's loss says what to do ("When a member reports a lost
 * fob, cancel it…"), before a policy on our own lost phones and papers.
 */
const SERVED_LOST_CARRIED = new RegExp(
  String.raw`\b${SERVED}\b(?!['’])[^.?!]{0,60}?\b(?:lost|dropped|mislaid|misplaced|can['’]?t find|cant find|left)\s+(?:her|his|their)\s+(?:[\w-]+\s+)?(${CARRIED})\b`,
  'i',
);

/** One we serve who lost a thing of ours they carry ({@link SERVED_LOST_CARRIED}): the one policy sentence on such a loss by them. */
export function servedLostCarriedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const thing = SERVED_LOST_CARRIED.exec(question)?.[1];
  if (!thing) return undefined;
  const said = new RegExp(String.raw`\b${SERVED}\b[^.]*\blost\s+(?:[\w-]+\s+)?${thing.replace(/s$/, '').replace(/\s+/g, '\\s*')}s?\b|\blost\s+(?:[\w-]+\s+)?${thing.replace(/s$/, '').replace(/\s+/g, '\\s*')}s?\b[^.]*\b${SERVED}\b`, 'i');
  return theOnly(policiesSaying(ctx, said));
}

/**
 * Money or a gift offered by one we serve, asked whether to keep it: "resident at the home tried to give me a tenner for doing her
 * hair so nice, can i keep it?", "mr patel gave me £20 for being quick, is that ok?", "tried to give me £50 for my trouble, kept insisting",
 * "tried to give me a tenner for my trouble, felt rude saying no", or pressed on one ("lovely old gent pressed a £50 m&s voucher on me as a
 * thank you"), which asks what to do in the telling, as does money tried on one ("family tried to give me £20 for lugging the wardrobe
 * up three flights"); a thing given, where keeping it is asked ("a family gave me a gold bracelet to say thanks … feel rude saying no").
 * Or offered and not yet taken: "a guest tried to give me a watch to say thanks, looks expensive. can i take it" (read in the ninety-first round).
 */
const MONEY_OFFERED = /\b(?:gave|given|tried to give|trying to give|wanted to give|wants to give|offered)\s+me\s+(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?(?:bracelet|necklace|ring|watch|bottle|voucher|gift card|present|gift|flowers|chocolates)\b(?=[^?]*(?:\?|\bkeep\b|\b(?:take|accept)\s+it\b|\binsist\w*|\brude\b|\bsay(?:ing)? no\b|\bturn(?:ed|ing)? (?:it |her |him |them )?down\b|\brefus\w*|\bdeclin\w*))|\btried\s+to\s+give\s+me\s+(?:a\s+)?(?:tenner|fiver|twenty|£\s?\d+|\d+\s*(?:quid|pounds?)|money|cash)\b|\binsisted\s+(?:i|we)\s+(?:take|have|keep)\s+(?:a|an|some)\s+(?:[\w-]+\s+){0,3}?(?:box|bottle|voucher|gift|present|tenner|fiver|money|cash|flowers|chocolates)\b|\b(?:pressed|forced|thrust|pushed|stuffed|shoved|tucked)\s+(?:a|an|some)\s+(?:[\w&£'’-]+\s+){0,3}?(?:vouchers?|gift cards?|tenner|fiver|twenty|notes?|envelope|cash|money|bottle|present|gift)(?:\s+of\s+[\w-]+)?\s+(?:on|onto|into|in)\s+(?:me|my\s+(?:hand|pocket|apron(?: pocket)?|bag|coat(?: pocket)?))\b|\b(?:tried to give|trying to give|insisted on giving|gave|offered|wants to give|wanted to give|tried to pay|slipped|pressed)\s+me\s+(?:a\s+)?(?:tenner|fiver|twenty|tip|£\s?\d+|\d+\s*(?:quid|pounds?)|money|cash|some money|a bit of money|a gift|a present|a voucher)\b(?=[^?]*(?:\?|\bkeep\b|\binsist\w*|\bwhat (?:to|do|should)\b|\bsay(?:ing)? no\b|\brude\b|\bturn(?:ed|ing)? (?:it |her |him )?down\b|\brefus\w*|\bdeclin\w*))/i;

/** A policy sentence on taking money or gifts from those we serve: "Never take cash from a care home resident", "We don't accept gifts or tips from clients", "Never ask for or accept any payment from an heir", "never accept gifts beyond a cup of tea", "Do not accept gifts over £20" (not "Engineers do not take cash in customers' homes", a rule of payment). */
const MONEY_FROM_SERVED_SAID = new RegExp(String.raw`\b(?:never|don['’]t|do not|not)\s+(?:ask for or\s+)?(?:take|accept|keep)\b[^.]*\b(?:cash|money|gifts?|tips?|payments?)\b[^.]*\bfrom\b[^.]*\b(?:${SERVED}|residents?|famil(?:y|ies)|heirs?)\b|\b(?:gifts?|tips?)\b[^.]*\bfrom\b[^.]*\b(?:${SERVED}|residents?)\b[^.]*\b(?:declin\w+|refus\w+|not (?:accepted|allowed|kept)|must not|never)\b|\bnever (?:take|accept) (?:any )?(?:cash|money|gifts?|tips?)\b(?! (?:to|for)\b)|\b(?:do not|don['’]t) accept (?:any )?(?:gifts?|tips?)\b`, 'i');

/** Money or a gift offered by one we serve ({@link MONEY_OFFERED}): the one policy sentence on taking it. */
export const moneyOfferedAnswer = toldThenSaid(MONEY_OFFERED, MONEY_FROM_SERVED_SAID);

/**
 * A receipt lost after shopping for a client: "did a big shop for doris today but lost the tesco reciept, does it matter". Not one's own
 * shopping ("went shopping for myself at lunch and lost the receipt for my new shoes").
 */
const SHOPPING_RECEIPT_LOST =
  /^(?!.*\b(?:for myself|for me|my own|my new)\b)(?=.*\b(?:shop|shopping|bought|picked up)\b).*\b(?:lost|lose|losing|binned|thrown away|threw away|can['’]?t find|cant find)\s+(?:the|her|his|their|a|my)\s+(?:[\w-]+\s+)?(?:receipts?|reciepts?|reciets?)\b/i;

/** A policy sentence that every receipt is kept when shopping for a client: "keep every receipt and give it back with the change". */
const RECEIPT_KEPT_SAID = /\bkeep\s+(?:every|each|all|the)\s+(?:the\s+)?receipts?\b|\breceipts?\s+(?:are|is|must be)\s+(?:always\s+)?(?:kept|given back|returned)\b/i;

export const shoppingReceiptLostAnswer = toldThenSaid(SHOPPING_RECEIPT_LOST, RECEIPT_KEPT_SAID);

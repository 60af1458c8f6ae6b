// A worry about an adult's welfare told: someone we met at work who seemed confused, frail or not coping.
import type { Policy } from '../../config/schema.ts';
import { WHOM_TO_TELL } from '../conversation.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesSaying, theOneTitled, theOnly, theOnlyPreferring, toldThenSaid } from '../quoted-policies.ts';

/** The asker's worry for a person: "I'm a bit worried about him", "concerned for the lady at number 4"; not for what they may do ("worried about him cancelling"). */
const WORRIED_FOR = /\b(?:worried|concerned|worrying|uneasy)\s+(?:about|for)\s+(?:him|her|them|the\s+(?:old|elderly|older)\s+\w+|the\s+(?:lady|man|gent|gentleman|woman|fella|bloke|chap|householder|tenant|resident|customer|client))\b(?=\s*(?:[,.;:!?)]|$|\b(?:and|but|as|because|cos|tbh|though|really|now|if)\b))/i;

/** Signs of an adult not coping, seen: confused (not "confused by the quote"), frail, a cold or empty home, living in squalor. */
const SIGNS = /\b(?:confused(?!\s+(?:by|about|over|with)\b)|muddled|(?:doesn['’]?t|does not|didn['’]?t) know what day it is|disorientated|disoriented|frail|unwell|poorly|not coping|struggling|wandering|neglected|vulnerable|freezing|no heating|no food|nothing in the fridge|empty fridge|not eating|squalor|filthy|bruis\w*|scared|frightened)\b/i;

/** A policy on people's welfare, by its title or a keyword: safeguarding, vulnerable people, welfare. */
const WELFARE_POLICY = /\bsafeguarding\b|\bwelfare\b|\bvulnerable\b|\bat risk\b/i;

/**
 * "Old fella at the job seemed really confused and the house was freezing, I'm a bit worried about him": a worry for someone's
 * welfare, with what was seen, is the firm's one policy on safeguarding or welfare (whom to tell, and not the neighbours), before
 * the job's words meet the register.
 */
export function welfareWorryAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!(WORRIED_FOR.test(question) && SIGNS.test(question)) && !FEAR_OF_KIN.test(question) && !NOT_SEEN_FOR_DAYS.test(question) && !ELDER_NOT_COPING.test(question) && !MONEY_TAKEN_OVER.test(question)) return undefined;
  return theOneTitled(ctx, WELFARE_POLICY, forAdults);
}

/**
 * Someone we serve afraid of one of their own, seen: "seemed proper scared of his nephew who was hanging about", "she looked
 * frightened of her son". A sign of harm at home by itself, with no worry said; not afraid of a thing ("scared of the stairs").
 */
const FEAR_OF_KIN = /\b(?:seemed|seems|seem|looked|looks|was|is|were|are|got|gets)\s+(?:proper\s+|really\s+|very\s+|a bit\s+|quite\s+|so\s+|well\s+|dead\s+)?(?:scared|frightened|afraid|terrified)\s+(?:of|around)\s+(?:his|her|their|the)\s+(?:own\s+)?(?:nephew|niece|son|daughter|grandson|granddaughter|grandkids?|husband|wife|partner|carer|lodger|brother|sister|boyfriend|girlfriend|family|relatives?|son[- ]in[- ]law|daughter[- ]in[- ]law|stepson|stepdaughter)\b/i;

/**
 * Someone we serve not seen for days: "nobody's seen the lady at 41 for days", "she hasn't been seen in a week", "hasn't been at church
 * for weeks and nobody's seen her", "havent seen the old lady at number 12 for days" (read in the eighty-eighth round). A person, not a
 * thing ("nobody's seen the van keys for days").
 */
const NOT_SEEN = String.raw`(?:\bno(?:body|[- ]?one)(?:['’]?s|\s+has|\s+had)?\s+seen\s+(?:him|her|them|(?:the|that|this|our)\s+(?:old\s+|elderly\s+|older\s+)?(?:lady|man|gent|gentleman|woman|fella|bloke|chap|guy|tenant|resident|neighbour|client|customer|member|couple)|(?:mr|mrs|ms|miss)\b)|\b(?:hasn['’]?t|has not|haven['’]?t|have not)\s+been\s+seen\b|(?:\b(?:i|we)\s+|^\s*)(?:haven['’]?t|have not)\s+seen\s+(?:him|her|them|(?:the|that|our)\s+(?:old\s+|elderly\s+|older\s+)?(?:lady|man|gent|gentleman|woman|fella|bloke|chap|guy|tenant|resident|neighbour|client|customer|member|couple))\b)`;
const FOR_DAYS = String.raw`\b(?:for|in)\s+(?:(?:a|the last|the past|over a|nearly a|almost a|a few|a couple of|several|two|three|four|five|\d+)\s+)?(?:days|weeks?)\b`;
const NOT_SEEN_FOR_DAYS = new RegExp(String.raw`^(?=.*${NOT_SEEN})(?=.*${FOR_DAYS})`, 'i');

/**
 * Someone's money taken over by one of their own or a newcomer, told: "said her nephew is 'looking after her money' now", "a new friend has
 * her bank card", "her nephew keeps helping himself to money from her purse". A sign of financial abuse by itself, with no worry said.
 */
const MONEY_TAKEN_OVER = new RegExp(
  String.raw`\b(?:nephew|niece|son|daughter|grandson|granddaughter|carer|lodger|neighbour|new\s+(?:friend|boyfriend|girlfriend|partner|lodger)|son[- ]in[- ]law|daughter[- ]in[- ]law)\b[^.?!]{0,20}?\b(?:is|was|has been|['’]s)?\s*['‘"“]?(?:looking after|taking over|took over|taken over|handling|in charge of|controlling|got|has)\s+(?:all\s+of\s+|all\s+)?(?:her|his|their)\s+(?:money|bank\s+cards?|cards?|pension|finances|bank\s+account|savings)\b` +
    String.raw`|\b(?:nephew|niece|son|daughter|grandson|granddaughter|carer|lodger|neighbour|boyfriend|girlfriend|son[- ]in[- ]law|daughter[- ]in[- ]law)\b[^.?!]{0,20}?\b(?:helping\s+(?:him|her|them)sel(?:f|ves)\s+to|(?:taking|pinching|nicking|stealing)|(?:took|pinched|nicked|stole))\s+(?:money|cash|notes|tenners)\s+(?:from|out of|out)\s+(?:of\s+)?(?:her|his|their)\s+(?:purse|wallet|handbag|bag|account|bank|tin)\b`,
  'i',
);

/**
 * An older person, or one we serve, seen not coping, and whom to tell or what to do asked: "old gent at 3 hasn't got any heating and looked
 * really frail, who do I tell?", "the old chap on the boat seems really muddled … not sure what to do" (read in the ninety-second round).
 * The worry is the asking, though no "worried" is said.
 */
const ELDER_NOT_COPING = new RegExp(
  // Whom to tell first: the rarest of the three, so most questions fail at once.
  String.raw`^(?=.*(?:${WHOM_TO_TELL.source}|\bnot sure what to do\b|\bwhat (?:do|should|shall) (?:i|we) do\b))` +
    String.raw`(?=.*\b(?:(?:old|elderly|older)\s+(?:gent|gentleman|man|lady|woman|fella|bloke|chap|couple|fellow|dear)|(?:my|our|a|the|one of (?:my|our|the))\s+(?:clients?|residents?|regulars?|readers?|members?|service users?|tenants?|customers?)|(?:he|she|(?:mr|mrs|ms|miss)\s+[a-z]+)(?:['’]s|\s+is|\s+was|\s+seems|\s+seemed|\s+looks|\s+looked))\b)` +
    String.raw`(?=.*(?:${SIGNS.source}|\b(?:hasn['’]?t|has not|had no|has no)\s+(?:got\s+)?(?:any\s+)?(?:heating|heat|food|electric|gas)\b))`,
  'i',
);

/** A policy titled for children alone ("Juniors, photos and messages", "Safeguarding children") is not one for a worried-about adult. */
const CHILDREN_TITLE = /\b(?:child|children|kids?|juniors?|young|pupils?|under[- ]?1\d)\b/i;
/** Nor is one whose text speaks of children or young people and of no adult ("Paper-round staff and safeguarding": the rounds' young staff). */
const CHILDREN_SAID = /\b(?:child(?:ren)?|kids?|juniors?|young (?:person|people)|pupils?|under[- ]?1\d)\b/i;
const ADULTS_SAID = /\b(?:adults?|vulnerable|elderly|older|frail|welfare)\b/i;
const forAdults = (policy: Policy): boolean =>
  (!CHILDREN_TITLE.test(policy.title) || /\b(?:adults?|vulnerable)\b/i.test(policy.title)) && (ADULTS_SAID.test(`${policy.title} ${policy.text}`) || !CHILDREN_SAID.test(policy.text));

/**
 * Someone talking of ending their life, told: "she started saying she didnt see the point any more", "he said he wants to end it
 * all", "he's planning to end it this weekend" (not "going to end it tonight with his girlfriend", nor a tenancy ended), "talking about killing himself", "one of the blokes was talking about jumping"; not a thing seen no point in ("I don't see the
 * point any more of the new screen"), nor jumping said of anything ("talking about jumping through the hoop", "out of the plane").
 * Whoever it was (a caller, a client, one of ours), what to do now is the policy's sentence on it, and it comes before anything
 * the story's other words meet (the phone-in, the call log).
 */
const ENDING_LIFE_TOLD = /\b(?:(?:didn['’]?t|did not|doesn['’]?t|does not|don['’]?t|do not|can['’]?t|cannot)\s+see\s+(?:the\s+|any\s+)?point\s+(?:any\s?more(?!\s+(?:of|in|to|with|for)\b)|in\s+(?:living|life|going on|carrying on|anything)|of\s+(?:living|going on|anything))|(?:no|not any)\s+point\s+(?:in\s+)?(?:living|going on|carrying on)|end(?:ing)?\s+it\s+all|(?:plan\w*|going|gonna|wants?|wanting|thinking\s+(?:about|of))\s+(?:to\s+)?end(?:ing)?\s+it\s+(?:this\s+(?:weekend|week)|tonight|tomorrow|today|soon)\b(?![^.?!]{0,40}?\b(?:with|tenancy|contract|membership|lease|relationship|match|subscription|agreement|booking|deal|course|job)\b)|end(?:ing)?\s+(?:his|her|their|my)\s+(?:own\s+)?life|kill(?:ing)?\s+(?:him|her|them|my)sel(?:f|ves)|take\s+(?:his|her|their|my)\s+own\s+life|wants?\s+to\s+die\b|(?:talk\w*|spoke|spoken)\s+about\s+jumping(?=\s*(?:[,.;!?]|$))|(?:doesn['’]?t|does not|don['’]?t|do not)\s+want\s+to\s+(?:be here|live|go on)\s+any\s?more|suicid\w*|(?:harm|hurt)(?:ing)?\s+(?:him|her|them)sel(?:f|ves)|better off (?:dead|without (?:me|him|her|them))|(?:thought|thinking|talk\w*|spoke|spoken)\s+(?:about|of)\s+(?:taking|swallowing)\s+all\s+(?:of\s+)?(?:his|her|their|my)\s+(?:[\w'’]+['’]s\s+)?(?:tablets|pills|meds|medication|medicine)\b(?!\s+(?:to|home|back|off|with|into|out|in|on|away)\b))\b/i;

/** The words every such story has, looked for first: the whole pattern runs on every question that talks of no ending of a life. */
const ACT_WORD = /\b(?:jump\w*|throw\w*|overdose\w*)\b/i;
const ABOUT_TO = String.raw`(?:\b(?:he|she|they)(?:['’]?s|\s+is|\s+was|['’]re|\s+are)?\s+(?:going to|gonna|about to|planning to|planning on|threatening to)|\bthreaten\w* to|\b(?:he|she|they)\s+(?:wants?|plans?)\s+to|\b(?:he|she|they)(?:['’]ll|\s+will|\s+might|\s+may|\s+could)|\band\s+(?:is\s+|was\s+)?(?:going to|gonna|about to))`;
const LEAP = String.raw`(?:jump(?:ing)?\s+(?:off|from)|throw(?:ing)?\s+(?:him|her|them)sel(?:f|ves)\s+(?:off|from))\s+(?:the|a|that)\s+(?:top\s+of\s+(?:the|a|that)\s+)?(?:[\w-]+\s+)?(?:bridge|roof|building|cliff|car park|multi-?storey|flyover|viaduct)\b(?!\s+when\b)`;
const UNDER = String.raw`(?:jump(?:ing)?|throw(?:ing)?\s+(?:him|her|them)sel(?:f|ves))\s+(?:in front of|under)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:train|lorry|car|bus|tube)\b(?!\s+for\b)`;

/**
 * Someone told about to act on it: "hes going to jump off the bridge", "she might throw herself under the train", "he's planning to jump off
 * the tamar bridge", "on the bridge and going to jump", "has taken an overdose". Not a saying ("throw herself under the bus for her boss", "jump
 * off that bridge when he comes to it", "throw herself in front of any camera"), a stunt for charity, or a child's dose given by mistake.
 * Answered only by a policy sentence on it: where a firm has none, its other welfare policies say nothing of this.
 */
const ENDING_LIFE_ACTED = new RegExp(
  String.raw`^(?!.*\b(?:bab(?:y|ies)|toddler|calpol|accidental\w*|by mistake|bungee|sponsored|for charity|comic relief|children in need|charity (?:swim|jump|walk|skydive))\b)` +
    String.raw`(?:.*${ABOUT_TO}\s+(?:${LEAP}|${UNDER}|take\s+an\s+overdose)|.*\b(?:he|she|they)(?:['’]s|\s+has|['’]ve|\s+have)\s+(?:just\s+)?(?:taken|took)\s+an\s+overdose|.*\bon\s+(?:the|a)\s+(?:[\w-]+\s+)?bridge\b[^.?!]{0,20}?\band\s+(?:is\s+)?(?:going to|gonna|about to)\s+jump)`,
  'i',
);

/** A policy sentence on what to do when someone talks of harming themselves: the Samaritans, a crisis line, "talks about harming themselves". */
const ENDING_LIFE_SAID = /\b(?:samaritans|116\s?123|suicid\w*|crisis (?:line|team)|harm(?:ing)?\s+themsel(?:f|ves)|self[- ]?harm\w*|end(?:ing)? their (?:own )?life)\b/i;

/** Where no sentence names it, one on a caller at risk of harm: "If a caller is at risk of harm or talks about harming someone, keep them on the line" (not what a device holds). */
const AT_RISK_SAID = /\bcaller\s+is\s+at\s+risk\s+of\s+harm\b/i;

/**
 * Someone talking of ending their life: the firm's one policy with a sentence on it (or on a caller at risk of harm), else its one safeguarding or welfare policy
 * (one for adults first; a teenager told it to a children's service, whose only one is for children).
 */
export function endingLifeToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const onIt = () => {
    const saying = policiesSaying(ctx, ENDING_LIFE_SAID);
    return saying.length ? theOnly(saying) : theOnly(policiesSaying(ctx, AT_RISK_SAID));
  };
  if (ENDING_LIFE_TOLD.test(question)) return onIt() ?? theOneTitled(ctx, WELFARE_POLICY, forAdults) ?? theOneTitled(ctx, WELFARE_POLICY);
  // About to act on it: only a sentence on it answers ({@link ENDING_LIFE_ACTED}).
  return ACT_WORD.test(question) && ENDING_LIFE_ACTED.test(question) ? onIt() : undefined;
}

/**
 * Someone we ring or expect not answering as they always do, told: "mr g didn't pick up at 2 like he always does, tried twice now",
 * "my befriending lady didnt pick up… not like her at all". Not an email or a form not answered, and not one call missed alone: the
 * story says it is unlike them, or that it was tried again.
 */
const NOT_ANSWERING_TOLD = /^(?=.*\b(?:always|usual(?:ly)?|normally|tried (?:twice|again|(?:a few|three|3|two|2) times)|rang (?:twice|again)|not like (?:him|her|them))\b).*\b(?:didn['’]?t|didnt|did not|hasn['’]?t|hasnt|has not|isn['’]?t|isnt|is not|wasn['’]?t|not)\s+(?:pick(?:ed|ing)?\s+up|answer(?:ed|ing)?)\b(?!\s+(?:the|my|our|an?|any|his|her)\s+(?:e-?mails?|questions?|query|queries|survey|form|invoice|review|request|texts?|messages?|letters?))/i;

/** One we ring about work, not one we look after: "the gp surgery didn't pick up", "a volunteer driver didn't pick up". */
const NOT_ONE_WE_RING = /\b(?:gp|surgery|doctors?|hospital|drivers?|volunteers?|office|suppliers?|wholesalers?|council|bank|landlord|plumber|electrician|company|firm|shop|agency|solicitors?|accountants?|insurers?|contractors?|courier)\b/i;

/** A policy sentence on one of the people we look after not answering: "If a client does not answer at the usual time, try again within the hour". */
const NOT_ANSWERING_SAID = /\b(?:client|young person|customer|resident|member|patient|person|child|service user|pupil|student|learner|befriendee)s?\s+(?:does not|doesn['’]?t|is not|isn['’]?t|has not|hasn['’]?t)\s+(?:answer\w*|pick\w* up)\b/i;

/** Someone not answering as they always do: the firm's one policy with a sentence on what to do then (try again, whom to ring). */
export function notAnsweringAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!NOT_ANSWERING_TOLD.test(question) || NOT_ONE_WE_RING.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, NOT_ANSWERING_SAID));
}

/**
 * One we visit or deliver to asking us in, or to do a favour past the job: "keeps asking me to pop in and put the kettle on and get
 * her some milk", "wants me to pick up his prescription", "asked if I'd hold onto her cash". Not a colleague asking ("Tom asked me to
 * pop in to the office").
 */
const FAVOUR_ASKED = /\b(?:asks?|asking|asked|wants?|wanted|wanting|begged|begging)\b[^.?!]{0,25}?(?:\b(?:me|us|him|her|them|the driver)\b[^.?!]{0,10}?)?\b(?:to\s+|if\s+(?:i|we)(?:['’]d| would| could)?\s+)?(?:pop in(?!\s+(?:to|at|by)\b)|come in(?:side)?(?!\s+(?:early|late|to|on|at)\b)|go in(?:side)?(?!\s+(?:early|late|to|on|at)\b)|put the kettle on|make (?:her|him|them) a (?:cuppa|cup of tea|brew)|get (?:her|him|them) (?:some |a )?(?:milk|bread|shopping|paper|newspaper|prescription|bits)|pick up (?:her|his|their) (?:shopping|prescription|pension|medication)|run (?:an |some )?errands?|do (?:her|his|their) shopping|hold (?:on ?to )?(?:her|his|their) (?:money|cash|card)|take (?:her|his|their) (?:money|cash|card|pension))\b/i;

/** A policy sentence on going into the homes of those we visit, or on errands and their money. */
const FAVOUR_SAID = /\b(?:go|going|come|coming|step|enter)\s+(?:in(?:to|side)?\s+)?(?:a|an|the|their|someone['’]?s|any)\s+(?:\w+['’]?s?\s+)?homes?\b|\berrands?\b/i;

/** Asked in, or for a favour past the job: the firm's one policy with a sentence on going into homes or running errands. */
export function favourAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!FAVOUR_ASKED.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, FAVOUR_SAID));
}

/**
 * A doubt about someone's capacity to decide, told with going ahead asked: "his daughter rang to say hes been getting really muddled since
 * his stroke. do i still go ahead and take instructions?", "he seemed really muddled… callum was trying to sell him 4 new tyres", "the widow is 89
 * and in bits, i dont think she understands what she's signing. carry on with the docusign?". Not confused about a thing ("confused about our fee", "forgetful with
 * passwords"), which doubts no one's capacity.
 */
const CAPACITY_DOUBTED = /^(?=.*\b(?:he|she|they|hes|shes|he['’]s|she['’]s|they['’]re|client|customer|patient|resident|fella|bloke|chap|gent|gentleman|lady|man|woman|mum|dad|mother|father|husband|wife|nan|gran|grandad|grandma)\b[^.?!]{0,40}?\b(?:muddled|confused|forgetful|not (?:all )?with it)\b(?!\s+(?:about|by|with|over|on)\b)|.*\b(?:his|her|their)\s+(?:dementia|alzheimer['’]?s|stroke|memory (?:problems?|loss|issues?))\b|.*\b(?:has|had|with|diagnosed with)\s+(?:(?:advanced|severe|bad|late[- ]stage)\s+)?(?:dementia|alzheimer['’]?s)\b|.*\b(?:don['’]?t|dont|do not)\s+think\s+(?:she|he|they)\s+(?:understands?|knows?|gets?)\s+what\s+(?:she|he|they)(?:['’]s|['’]re|s|\s+is|\s+are)?\s+(?:signing|agreeing to))(?=.*\b(?:go ahead|carry on|proceed|can['’]?t (?:really )?(?:say yes or no|consent|decide)|take (?:the |his |her |their )?instructions|get (?:him|her|them) to sign|(?:let|have) (?:him|her|them) sign|still (?:go|do|see|visit|take|book|sign)|(?:trying to |tried to )?(?:sell|selling|sold|upsell\w*|sign(?:ing)? up)\s+(?:him|her|them)\b|(?:keeps?|kept)\s+agreeing\s+to|signing\s+(?:her|him|them)\s+up)\b)/i;

/** A policy titled on vulnerable customers: "Vulnerable customers and safeguarding". */
const VULNERABLE_TITLE = /\bvulnerable (?:customers?|clients?|adults?|people|callers?|members?)\b/i;

/**
 * A policy sentence on capacity: "If you have any doubt about capacity (confusion, a recent diagnosis of dementia, a stroke)…", "If the
 * next of kin seems unable to make decisions, through shock, illness or age, do not ask them to sign anything".
 */
const CAPACITY_SAID = /\b(?:mental )?capacity\b|\bunable to make (?:decisions|a decision)\b/i;

/** A policy titled on requests for records: its sentence that capacity is checked before records go is no rule on going ahead. */
const REQUESTS_TITLE = /\brequests?\b/i;

/** A doubt about someone's capacity, with going ahead asked: the firm's one policy with a sentence on capacity. */
export function capacityDoubtedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  // Of several that say it ("capacity notes" in the breach and retention policies too), the one titled on capacity.
  if (!CAPACITY_DOUBTED.test(question)) return undefined;
  // Where no policy speaks of capacity, the one titled on vulnerable customers ("never push work … offer to ring a relative").
  const onDeciding = policiesSaying(ctx, CAPACITY_SAID).filter((p) => !REQUESTS_TITLE.test(p.title));
  return theOnlyPreferring(onDeciding, (p) => CAPACITY_SAID.test(p.title)) ?? theOnly(policiesByTitle(ctx, VULNERABLE_TITLE));
}

/**
 * Someone we deal with in hardship or grief, told: "bloke on the phone was in tears, lost his job and cant pay the pcn", "sole trader on
 * the line just told me his wife died last month and he can barely think straight", "motorist says theyre skint and really stressed about the
 * charge" (read in the eighty-eighth round). Told of another, not of oneself ("i'm really stressed, the customer keeps ringing").
 */
const HARDSHIP_TOLD = /^(?!.*\b(?:i|i['’]m|im|my)\s+(?:lost my job|can['’]?t pay|am struggling|(?:am\s+)?(?:really\s+|so\s+|very\s+)?(?:stressed|skint)|can['’]?t afford)\b)(?=.*\b(?:caller|customer|client|motorist|debtor|tenant|member|patient|parent|mum|dad|mother|father|family|bloke|man|woman|lady|fella|gent|guy|sole trader|he|she|they|on the (?:phone|line))\b).*\b(?:in tears|crying|sobbing|lost (?:his|her|their) (?:job|business|home)|can(?:no|['’])?t pay|cant pay|struggling to pay|skint|can(?:no|['’])?t afford|cant afford|(?:really|so|very)\s+stressed|(?:wife|husband|partner|mum|dad|mother|father|son|daughter) (?:just )?(?:died|passed away|passed)|bereaved|bereavement|can barely (?:think|cope)|not coping)\b/i;

/** A policy sentence on hardship or grief: "If a motorist says they are in financial hardship, unwell or distressed, stop all chasing". */
const HARDSHIP_SAID = /\b(?:financial hardship|hardship|distressed|bereavement|real difficulty|can(?:no|['’])t pay)\b/i;

/** A policy titled on hardship or grief: "Subs, payments and the hardship fund", "Vulnerable debtors…", "Keeping the hardship scheme confidential". */
const HARDSHIP_TITLE = /\bhardship\b|\bvulnerab\w*|\bbereave\w*/i;

/** Hardship or grief told ({@link HARDSHIP_TOLD}): the one policy with a sentence on it; of several, the one titled on it. */
export function hardshipToldAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return HARDSHIP_TOLD.test(question) ? theOnlyPreferring(policiesSaying(ctx, HARDSHIP_SAID), (p) => HARDSHIP_TITLE.test(p.title)) : undefined;
}

/**
 * One we look after not themselves, and their family about to be rung: "one of my ladies is really muddled today … i'll just ring her
 * daughter, she's down as next of kin". Whether we may is the firm's one policy sentence on ringing someone's emergency contact.
 */
const KIN_RUNG = /\b(?:ring|call|phone|text|contact)(?:ing)?\s+(?:his|her|their)\s+(?:daughter|son|wife|husband|family|next of kin|emergency contact|niece|nephew|sister|brother|kids|children)\b|\bgive\s+(?:his|her|their)\s+(?:daughter|son|wife|husband|family|next of kin|niece|nephew|sister|brother)\s+a\s+(?:call|ring|bell)\b/i;

/** A sign seen in the person ("one of my ladies is really muddled", "he seems confused"), not in a thing ("the coach is struggling"). */
/** One of those we look after, or of a group, as a story names them: "mr kaye", "one of my ladies", "she", "a passenger". */
const PERSON = String.raw`(?:(?:mr|mrs|ms|miss|dr)\s+[a-z]+|one of (?:my|our|the) [\w-]+|he|she|they|someone|somebody|passengers?|guests?|lady|man|woman|gent|couple|kids?|child|boy|girl|lad|lass|members?|customers?|clients?|residents?|patients?|walkers?|pupils?|students?)`;

const PERSON_SIGNS = new RegExp(String.raw`\b${PERSON}(?:['’]?s|\s+(?:is|are|was|were|seems?|seemed|looks?|looked|been|getting|gone))?(?:\s+(?:really|very|a bit|quite|so|proper|totally))*\s+${SIGNS.source.replace(/^\\b/, '')}`, 'i');
const KIN_RUNG_SAID = /\b(?:next of kin|emergency contacts?)\b[^.]*\b(?:only|agree\w*|agreement|consent|permission)\b/i;

export function kinRungAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return PERSON_SIGNS.test(question) && KIN_RUNG.test(question) ? theOnly(policiesSaying(ctx, KIN_RUNG_SAID)) : undefined;
}

/**
 * One of a group not back at a stop, and leaving asked: "mr kaye still isn't back, been 20 min … do we just head off??". The firm's one
 * policy sentence on someone missing before leaving.
 */
const LEFT_BEHIND_ASKED = new RegExp(String.raw`^(?=.*\b${PERSON}\s+(?:(?:is|are|has|have)\s+)?(?:still\s+)?(?:(?:isn['’]?t|isnt|is not|not|hasn['’]?t|hasnt|has not|haven['’]?t|aren['’]?t|are not)\s+(?:come\s+|got\s+|made it\s+)?back(?!\s+to\s+(?:me|us|you|him|her|them)\b)|(?:gone\s+|went\s+)?missing|nowhere to be (?:seen|found))\b)` +
  String.raw`.*\b(?:head(?:ing)? off|set(?:ting)? off|go(?:ing)? without (?:him|her|them)|leav(?:e|ing) without (?:him|her|them)|drive off|pull(?:ing)? (?:off|away)|leave (?:him|her|them)(?: behind)?|can we (?:go|leave|get going)|do we (?:go|leave))\b`, 'i');
const LEFT_BEHIND_SAID = /\bmissing\b[^.]*\b(?:before leaving|before (?:we |you )?(?:leave|set off|depart)|leav\w*)\b/i;

export function leftBehindAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return LEFT_BEHIND_ASKED.test(question) ? theOnly(policiesSaying(ctx, LEFT_BEHIND_SAID)) : undefined;
}

/**
 * Someone we serve seen to be failing, told: "the gentleman in the garden room hasnt come out for two days, trays left untouched outside",
 * "lady i saw today had an empty fridge, no heating on". Days unseen or unfed, or a home without food or heat where someone is told of
 * (not "we have an empty fridge in the office").
 */
const FAILING_TOLD =
  /\b(?:hasn['’]?t|has not|hasnt|haven['’]?t|not)\s+(?:come out|been out|left\s+(?:his|her|their)\s+room|been seen|eaten|been eating)\b[^.?!]{0,40}?\b(?:for|in)\s+(?:two|three|four|five|\d+|a couple of|a few|several)\s+days\b|\btrays?\s+(?:left\s+)?(?:outside\s+)?untouched\b|^(?=.*\b(?:lady|man|gent|gentleman|woman|client|resident|customer|tenant|member|guest|patient|mrs?|ms|she|he)\b)(?:.*?)\b(?:(?:an?\s+)?empty\s+fridge|no\s+(?:food\s+in\s+the\s+house|heating\s+on))\b/i;

/**
 * A policy sentence on someone who seems at risk or unable to cope: "If a guest seems at risk, in crisis or unable to look after themselves",
 * "If you see signs of abuse, neglect or self-neglect on a visit".
 */
const SEEMS_AT_RISK_SAID = /\b(?:seems?|appears?)\s+(?:to be\s+)?at risk\b|\bunable to look after (?:themselves|himself|herself)\b|\bsigns of (?:abuse|neglect|self-neglect)\b/i;

export const failingToldAnswer = toldThenSaid(FAILING_TOLD, SEEMS_AT_RISK_SAID);

/**
 * Someone we serve telling of a plan to hurt another: "client said in session he's planning to hurt his ex, do I have to tell someone" (read
 * in the eighty-ninth round's review).
 */
const HARM_TO_ANOTHER_TOLD =
  /\b(?:plan\w*|going|gonna|wants?|wanted|wanting|threaten\w*|intends?|intending|talk\w* about|on about)\s+(?:to\s+)?(?:hurt|harm|kill|attack|beat up|stab|batter|hit|do in)\s+(?:his|her|their|my)\s+(?:ex|ex-?wife|ex-?husband|ex-?partner|wife|husband|partner|boss|neighbour|mum|dad|brother|sister|son|daughter|girlfriend|boyfriend|landlord|colleague)\b|\b(?:plan\w*|going|gonna|wants?|threaten\w*|intends?)\s+(?:to\s+)?(?:hurt|harm|kill|attack|stab)\s+(?:someone|somebody|people)\b/i;

/** A policy sentence on a risk of harm to another breaking confidence: "a serious risk of harm to the client or someone else". */
const HARM_TO_ANOTHER_SAID = /\b(?:risk|danger)\s+of\s+(?:serious\s+)?harm\s+to\b[^.]*\b(?:someone else|others|another person|other people|anyone else)\b|\bharm\s+(?:to\s+)?(?:others|someone else|another person)\b/i;

/** A plan to hurt another told ({@link HARM_TO_ANOTHER_TOLD}): the firm's one sentence on when a risk of harm to others is passed on. */
export const harmToAnotherToldAnswer = toldThenSaid(HARM_TO_ANOTHER_TOLD, HARM_TO_ANOTHER_SAID);

/**
 * Someone we serve told low in mood: "a mum stayed behind crying after class and said she's been feeling really low since the birth" (read in
 * the ninetieth round), "he said he can't cope any more with the baby". Not a thing low ("the battery's low", "feeling down about the score").
 */
const LOW_MOOD_TOLD =
  /^(?=.*\b(?:she|he|they|mum|mam|dad|parent|client|customer|member|guest|patient|resident|woman|man|lady|fella|carer|volunteer|someone)\b)(?!.*\b(?:battery|batteries|signal|stock|ink|fuel|tyres?|pressure|tank|toner)\b).*(?:\b(?:feeling|felt|feels)\s+(?:really\s+|so\s+|very\s+|pretty\s+|quite\s+|a bit\s+|dead\s+|awfully\s+|ever so\s+)?(?:low|depressed|hopeless|overwhelmed|down)\b(?!\s+(?:about|over|on|with)\s+(?:the|a|his|her|their)\s+(?:score|result|match|game|weather|price|bill|rota)\b)|\b(?:not|isn['’]?t|wasn['’]?t)\s+coping\b|\bcan['’]?t\s+cope\b|\bpost-?\s?natal\s+depression\b)/i;

/** A policy sentence on someone's own low mood told us: "If a parent tells you something worrying about their own mood, listen…". */
const LOW_MOOD_SAID = /\b(?:their|her|his)\s+own\s+mood\b|\blow mood\b|\bfeeling low\b|\bmental health\b[^.;]*\b(?:tell|listen|leaflet|signpost|refer|pass)\w*\b|\bpost-?\s?natal\b[^.;]*\b(?:tell|listen|leaflet|signpost|refer|pass)\w*\b/i;

/** Someone's low mood told ({@link LOW_MOOD_TOLD}): the firm's one policy sentence on what to do when someone tells us so. */
export const lowMoodToldAnswer = toldThenSaid(LOW_MOOD_TOLD, LOW_MOOD_SAID);

/**
 * A home so full of things that one can hardly get through, told: "flat on the 4th floor is absolutely rammed with stuff, can barely get past the
 * front door" (read in the ninetieth round), "stuff piled to the ceiling in every room". Hoarding: a risk to the one who lives there.
 */
const HOARDING_TOLD =
  /(?:\b(?:is|was|seems|seemed|looks like)|['’]s)\s+(?:a\s+)?hoard(?:er|ing)\b(?!\s+(?:clearance|clear-?outs?|cleans?|jobs?))|\b(?:flat|house|home|room|bungalow|place|hall(?:way)?|property)\b[^.?!]{0,50}?\b(?:rammed|crammed|stuffed|packed|piled|full)\s+(?:high\s+)?(?:with|of)\s+(?:stuff|things|junk|rubbish|boxes|bags|papers|newspapers|clutter)\b|\b(?:stuff|junk|boxes|bags|rubbish|newspapers|clutter)\s+(?:piled|stacked)\s+(?:up\s+)?(?:to the ceiling|floor to ceiling|everywhere|in every room)\b|\b(?:can|could)\s+(?:barely|hardly|not|n['’]?t)\s+(?:get|move|squeeze)\s+(?:past|in|through|round|into)\b[^.?!]{0,30}?\b(?:stuff|junk|boxes|clutter|bags)\b/i;

/** A policy sentence on hoarding: "If you find a resident at risk (hoarding that blocks the escape route…) tell the site manager". */
const HOARDING_SAID = /\bhoard\w*\b/i;

export const hoardingToldAnswer = toldThenSaid(HOARDING_TOLD, HOARDING_SAID);

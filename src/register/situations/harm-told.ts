// Harm to one we serve, told in a staff member's words: a hurt they came in with or a bump here, their family to be questioned over
// one, a colleague rough with them, a money scam or an employer keeping their card, a hurt they asked kept secret or a hurt at home, a
// frightening date, a drink-driver about to leave, an occupant who wants to keep what another says to clear. The one policy sentence
// that rules on it answers, found by what it says, never by a firm's policy id. Read in the seventy-first round.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { sentencesOf } from '../policy-passages.ts';
import { policiesSaying, theOnly, theOnlySaying, toldThenSaid } from '../quoted-policies.ts';
import { YOUNG_ONE, titledForChildrenAlone } from './children.ts';

/**
 * A child come to us with a hurt got elsewhere: "Noah came over from class with a massive bruise on his arm, says he fell over at lunch.
 * it didn't happen here".
 */
const HURT_ARRIVED_WITH_TOLD =
  /^(?!.*\b(?:parent|mum|mam|mom|dad|father|mother|carer|ipad|tablet|phone|parcel|box|delivery|screen)\b[^.?!]{0,30}?\b(?:came|arrived|turned up)\b)(?=.*\b(?:came|come|comes|arrived|arrives|turned up|dropped off|came over|came in|got here)\b[^.?!]{0,40}?\bwith\s+(?:a|an|some|this|that)?\s*(?:\w+\s+){0,2}?(?:bruis(?:es?|ing)|cuts?|burns?|graze[sd]?|injur(?:y|ies)|black eye|swelling)\b|.*\b(?:noticed|spotted|saw)\s+(?:a|an|some)\s+(?:\w+\s+){0,2}?(?:bruis(?:es?|ing)|cuts?|burns?|graze)\s+on\s+[a-z]+['’]s\s+\w+\s+when\s+(?:he|she|they)\s+(?:got here|arrived|came in))/i;

/** A policy sentence on hurts a child arrives with: "every injury a child arrives with", "existing injuries". */
const ARRIVED_WITH_SAID = /^(?!.*\b(?:kept|retain\w*|deleted|years?)\b).*(?:\binjur(?:y|ies)\s+(?:a|the)\s+(?:child|person|resident|client)\s+(?:arrives?|comes?\s+in)\s+with\b|\bexisting injur(?:y|ies)\b|\b(?:arrives?|comes?\s+in)\s+with\s+(?:an?\s+)?(?:injur\w*|bruis\w*|marks?)\b)/i;

export const hurtArrivedWithAnswer = toldThenSaid(HURT_ARRIVED_WITH_TOLD, ARRIVED_WITH_SAID);

/** A knock to the head, told: "Isla banged her head on the climbing frame", "he bumped his head". */
const HEAD_KNOCK_TOLD =
  /^(?!.*\b(?:leaders?|driver|coach|instructor|teacher|staff|colleague|manager|volunteer|dad|mum|i|my (?:colleague|boss|mate))\b[^.?!]{0,20}?\b(?:bang|bump|hit|knock|smack|whack)\w*\s+(?:(?:the\s+back\s+of\s+)?(?:her|his|their|my)\s+)?head)(?!.*\bhead\s+against\s+(?:a|the)\s+(?:brick\s+)?wall\b)(?:.*\b(?:bang(?:ed|s)?|bump(?:ed|s)?|hit|knock(?:ed|s)?|smack(?:ed|s)?|whack(?:ed|s)?)\s+(?:the\s+back\s+of\s+)?(?:her|his|their|its)\s+head\b|.*\bhead\s+(?:bump|knock|injury)\b|.*\bclashed\s+heads\b|.*\b(?:knock|bang|bump)\s+(?:to|on)\s+the\s+head\b)/i;

/** A policy sentence on a knock to the head: "A head bump means a phone call to the parent". */
const HEAD_KNOCK_SAID = /\bhead\s+(?:bumps?|knocks?|injur(?:y|ies))\b|\bbump(?:ed|s)?\s+(?:to\s+)?(?:the|their|a)\s+head\b/i;

export const headKnockAnswer = toldThenSaid(HEAD_KNOCK_TOLD, HEAD_KNOCK_SAID);

/**
 * A concussion told with a return to the sport asked: "got concussed at the regional comp on sunday … alright if I'm back on the mat
 * thursday?", "she had concussion last week, can she play saturday?". Whoever it was, the asker too: the rule on time out after it.
 */
const CONCUSSION_RETURN_TOLD = /\bconcuss(?:ed|ion)\b[^?]*?\b(?:back (?:on|to|in)|(?:can|could|may|ok to|okay to|alright to|fine to)\s+(?:i|he|she|they|we)?\s*(?:train|compete|play|spar|fight|race|ride|climb|swim|dance|run|skate|box|paddle)|return(?:ing)? to)\b/i;

/**
 * A policy sentence on time out after a concussion or a head injury: "shows any sign of concussion stops … does not train or compete for at
 * least 21 days"; not the word alone, which a sentence on how long reports are kept says too.
 */
const CONCUSSION_SAID = /\b(?:concussion|concussed|head injur(?:y|ies)|knock to the head)\b.*\b(?:train|training|play|playing|compete|return|back|skate|race|ride|days?|weeks?|rest|sit (?:them |him |her )?out|stops?)\b|\b(?:train|play|compete|return|back)\b.*\b(?:concussion|head injur(?:y|ies))\b/i;

export const concussionReturnAnswer = toldThenSaid(CONCUSSION_RETURN_TOLD, CONCUSSION_SAID);

/** One of our own staff rough with one we look after: "one of the other playworkers … he grabbed Ollie's arm really hard". */
const STAFF_ROUGH_TOLD = new RegExp(
  String.raw`\b(?:one of (?:the|our) (?:other\s+)?(?:staff|playworkers?|carers?|teachers?|coaches?|colleagues?|workers?|leaders?|instructors?|volunteers?|assistants?|nurses?|support workers?|social workers?)|(?:a|another|the other|my|our)\s+(?:colleague|member of staff|staff member|playworker|(?:foster\s+)?carer|coach|teacher|volunteer|support worker|assistant|leader|social worker))\b` +
    String.raw`[^?!]{0,120}?\b(?:(?:grabbed|grab|hit|slapped|pushed|shoved|shove|smacked|pinched|dragged|yanked|yank|drag|kicked|pulled|(?:shouted|screamed|swore|swearing|yelled)\s+at|rough\s+with)\s+` +
    // Whom: one we look after, not a coffee grabbed for me nor her own phone; a bare name only after a blow ("slapped Josh").
    String.raw`(?:(?:him|her|them)(?!\s+(?:a|an|the|some|own|phone|bag|coat|keys|drink|sandwich|coffee|tea|lunch)\b)|[a-z]+['’]s\s+(?:arm|wrist|hand|hair|neck|face|shoulder|ear|leg)|(?:a|the|one of the|some of the)\s+(?:kids?|child(?:ren)?|boys?|girls?|lads?|residents?|clients?|pupils?|learners?)\b(?!['’])(?:['’]s\s+(?:arm|wrist|hand|hair|neck|face|shoulder|ear|leg)\b)?(?!\s+to\s+(?:get|stop|come|move|keep)\b))` +
    String.raw`|(?:slapped|shoved|smacked|pinched|dragged|yanked|kicked|pulled)\s+(?!(?:it|this|that|the|a|an|my|our|his|her|their)\b)[a-z]+\b(?!['’])(?!\s+(?:a|an)\s+(?:high|low)\s+five))`,
  'i',
);

/** A policy sentence on allegations against one of our own: "Allegations about a member of staff go to Amara". */
const STAFF_ALLEGATION_SAID = /\ballegations?\b[^.]*\b(?:members? of staff|staff members?|colleagues?|staff|volunteers?|employees?)\b|\b(?:concerns?|worries)\s+about\s+(?:a\s+)?(?:member of staff|colleague|staff member)\b/i;

export const staffRoughAnswer = toldThenSaid(STAFF_ROUGH_TOLD, STAFF_ALLEGATION_SAID);

/**
 * One we serve exploited over money by an employer, family or carer: "his boss at the car wash pays him £20 a day cash and keeps his bank
 * card", "her son has her bank card and takes her pension".
 */
const EXPLOITED_TOLD =
  /^(?!.*\b(?:(?:he|she|they)\s+asked\s+(?:him|her|them)|so\s+(?:he|she|they)\s+(?:doesn['’]?t|don['’]?t|won['’]?t))\b)(?=.*\b(?:boss|employer|manager|landlord|carer|son|daughter|brother|sister|partner|boyfriend|girlfriend|husband|wife|mate|friend|family|neighbour|nephew|niece|grandson|granddaughter|dad|mum|mother|father|a man|a woman|someone)\b[^.?!]{0,60}?\b(?:keeps?|kept|took|takes|taken|has|holds?(?:\s+on\s+to)?|held|hangs on to)\s+(?:(?:all|hold of)\s+)?(?:his|her|their)\s+(?:bank\s+cards?|cards?|wages|pay|money|pension|benefits|passport|pin)\b)(?=.*\b(?:for safe ?keeping|won['’]?t (?:give (?:it|them) back|let (?:him|her|them))|spending (?:his|her|their)|all (?:his|her|their) (?:money|wages|pay|pension|benefits)|cash in hand|£\d+\s+(?:a|per)\s+(?:day|week)|every week|each week|makes? (?:him|her|them)|(?:only\s+)?gives? (?:him|her|them) (?:pocket money|£)|scared|frightened)\b)/i;

/** A policy sentence on those we serve exploited: "being harmed, exploited (including by an employer or over money)". */
const EXPLOITED_SAID = /\bexploit(?:ed|ation|ing)?\b/i;

export const exploitedAnswer = toldThenSaid(EXPLOITED_TOLD, EXPLOITED_SAID);

/**
 * A hurt told with secrecy asked: "she's been cutting herself again and asked me not to say anything to her social worker", "his mum's new
 * fella has been hitting him and begged me not to say anything to anyone", "her stepdad hurts her when he drinks. she begged me not to say
 * anything", "told me that things are really bad at home and begged me not to say anything to anyone", "told me something at rehearsal
 * about home and asked me to keep it between us".
 */
const HARM_KEPT_SECRET_TOLD =
  /^(?!.*\b(?:colleague|mate|staff|teacher|instructor|leader|mentor|mum|dad|parent|boss)\b[^.?!]{0,30}?\b(?:cut|hurt|burn)\w*\s+(?:her|him|them)sel)(?=.*\b(?:cutting|harming|burning)\s+(?:her|him|them)sel(?:f|ves)\b(?!\s+on\b)|.*\bself[- ]?harm\w*|.*\bsuicid\w*|.*\b(?:kill|end)\s+(?:her|him|them)sel(?:f|ves)\b|.*\b(?:hitting|hurting|beating|abusing|abused|touching|touched|slapping|kicking)\s+(?:her|him|them)\b(?!\s+(?:at|in|on|with)\b)|.*\b(?:he|she|they|dad|mum|mam|mom|step-?dad|step-?mum|father|mother|brother|sister|uncle|aunt|boyfriend|girlfriend|fella|partner|husband|wife|grandad|grandma|nan|cousin|carer)\s+(?:hits|hurts|beats|slaps|kicks)\s+(?:her|him|them)\b(?!\s+(?:at|in|on|with)\b)|.*\b(?:made|forced|pressured|pressuring|bullied|coerced)\s+(?:her|him|them)['’\"]?\s+(?:into\s+)?(?:sign(?:ing)?|agree(?:ing)?|go(?:ing)?\s+through|do(?:ing)?\s+it)\b|.*\bthings\s+(?:are|were|have been)\s+(?:really\s+|so\s+|pretty\s+|very\s+)?(?:bad|awful|horrible|terrible|scary|rough)\s+at\s+home\b|.*\b(?:told|tells|said|whispered)\s+(?:me|us)\s+something\b[^.?!]{0,30}?\babout\s+(?:home|(?:her|his|their)\s+(?:home|family|dad|mum|step-?dad|step-?mum))\b(?!['’]))(?=.*\b(?:asked|begged|told|wants?)\s+(?:me|us)\s+(?:not\s+to\s+(?:say|tell|mention|pass)|to\s+keep\s+it\b)|.*\b(?:not|don['’]?t)\s+(?:to\s+)?tell\s+(?:anyone|anybody|her|his|their)\b|.*\bkeep\s+it\s+(?:a\s+)?secret\b)/i;

/** A policy sentence that secrecy is never promised: "Do not promise to keep it secret". */
const NO_SECRET_PROMISED_SAID = /\b(?:never|not|don['’]t|do not|cannot|can['’]t)\s+promise\b[^.]*\bsecret|\bsecret\b[^.]*\b(?:never|not|don['’]t|do not|cannot|can['’]t)\s+promise\b/i;

export const harmKeptSecretAnswer = toldThenSaid(HARM_KEPT_SECRET_TOLD, NO_SECRET_PROMISED_SAID);

/** Who controls a grown-up we serve: a partner or one of the family. */
const CONTROLLER = String.raw`(?:he|she|partner|husband|wife|boyfriend|girlfriend|fella|son|daughter|carer|dad|mum|mam|father|mother|brother|sister)`;

/**
 * A grown-up we serve controlled by a partner or one of the family, with secrecy asked: "her partner takes all her money and won't let her
 * out, then begged me not to tell anyone", "he controls all her money … asked me to keep it between us". Money taken or controlled, or
 * kept in.
 */
const CONTROL_KEPT_SECRET_TOLD = new RegExp(
  String.raw`^(?=.*\b${CONTROLLER}\s+(?:(?:takes|took|keeps|has|controls|has been taking|spends)\s+all\s+(?:of\s+)?(?:her|his|their)\s+(?:money|pension|benefits|wages|savings|bank card)|(?:won['’]?t|wont|doesn['’]?t|doesnt|never)\s+let[s]?\s+(?:her|him|them)\s+(?:out|leave|go\s+out|see\s+(?:anyone|anybody|her|his|their)))\b)` +
    String.raw`(?=.*\b(?:asked|begged|told|wants?)\s+(?:me|us)\s+(?:not\s+to\s+(?:say|tell|mention|pass)|to\s+keep\s+it\b)|.*\b(?:not|don['’]?t)\s+(?:to\s+)?tell\s+(?:anyone|anybody|her|his|their)\b|.*\bkeep\s+it\s+(?:a\s+secret|secret|between\s+(?:us|you and me|ourselves))\b)`,
  'i',
);

/** A sentence on what one of the young tells: "If a child tells you something worrying", "If a young carer tells you". */
const TOLD_BY_THE_YOUNG = /\b(?:if|when)\s+(?:an?|one of (?:the|our))\s+(?:child|kid|young (?:carer|person)|pupil|junior|under[- ]?1\d)s?\b/i;

/**
 * A grown-up controlled, with secrecy asked: the one policy sentence that secrecy is never promised, of a policy not about the young (a nail
 * bar's "If a child tells you something worrying, don't promise to keep it secret" is the under-16s' rule, not a client's).
 */
export function controlKeptSecretAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CONTROL_KEPT_SECRET_TOLD.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, NO_SECRET_PROMISED_SAID).filter((p) => !titledForChildrenAlone(p.title) && !sentencesOf(p.text).some((said) => NO_SECRET_PROMISED_SAID.test(said) && TOLD_BY_THE_YOUNG.test(said))));
}

/** A hurt at home told by one we serve: "Zara said she's barely eating and her dad keeps screaming at her", "told me his mum's boyfriend locks him in his room", "said her older cousin shows her videos on his phone she doesn't like". */
const HARM_AT_HOME_TOLD =
  /^(?=.*\b(?:said|says|told|tells|mentioned|let slip)\b)(?!.*\b(?:lol|haha|cute)\b)(?=.*\b(?:dad|mum|mam|mom|step-?dad|step-?mum|father|mother|parents?|fella|boyfriend|uncle|brother|cousin|carer|partner|son|nephew|husband|wife)(?:['’]s)?\b[^.?!]{0,30}?\b(?:keeps?\s+|has been\s+|is\s+|been\s+)?(?:(?:screaming|shouting|yelling|swearing)\s+at\s+(?:her|him|them)\b|locks?\s+(?:her|him|them)\s+(?:in|out)\b|(?:shows?|showing|showed|sends?|sending|sent)\s+(?:her|him|them)\s+(?:videos?|pictures?|pics|photos?|films?|clips?|stuff|things)\b(?=[^.?!]{0,60}?\b(?:doesn['’]?t|don['’]?t|didn['’]?t|not)\s+(?:like|want)\b)|(?:hitting|hurting|slapping|beating|kicking|threatening)\s+(?:her|him|them)\b(?!\s+(?:\d|at|in|on|with|over\s+(?:cards|chess))\b)|takes?\s+all\s+(?:her|his|their)\s+(?:money|pension|benefits|wages))|.*\b(?:she|he|they)(?:['’]s|['’]re| is| are| has| have)\s+(?:been\s+)?(?:barely|hardly|not)\s+eating\b(?!\s+(?:sweets|the|because))(?![^.?!]*\bbecause\b))/i;

/** A sentence to tell the safeguarding lead the same day. */
const SAFEGUARDING_LEAD_SAID = /\bsafeguarding lead\b[^.]*\b(?:same day|at once|straight away|immediately|today)\b|\b(?:same day|at once|straight away)\b[^.]*\bsafeguarding lead\b/i;

/** A sentence to tell someone of any welfare concern the same day: "Tell Marie Kowalski about any welfare concern the same day". */
const WELFARE_CONCERN_SAID = /\b(?:any|a|every)\s+welfare\s+concerns?\b[^.]*\b(?:same day|at once|straight away|immediately|today)\b/i;

/** A hurt at home told: the sentence to tell the safeguarding lead the same day, else the one to tell someone of any welfare concern. */
export function harmAtHomeAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!HARM_AT_HOME_TOLD.test(question)) return undefined;
  // Any welfare concern is the rule for one young told ("one of our 16 yr olds said…"), not a parent's own row with a club.
  const said = theOnlySaying(ctx, SAFEGUARDING_LEAD_SAID, ...(YOUNG_ONE.test(question) ? [WELFARE_CONCERN_SAID] : []));
  // A child telling, where that sentence is in a policy on grown-ups ("tell Tom Hadley (the safeguarding lead) the same day" of home visits to
  // housebound readers): the firm's one policy titled for children alone that speaks of a worry (not its photo policy).
  const onGrownUps = said && ctx.config.policies.some((p) => said.sources.includes(`policy:${p.id}`) && !titledForChildrenAlone(p.title));
  const onChildren = (p: { title: string; text: string }) => titledForChildrenAlone(p.title) && CONCERN_SAID.test(p.text);
  return (onGrownUps && CHILD_TELLING.test(question) ? theOnly(ctx.config.policies.filter(onChildren)) : undefined) ?? said;
}

/** A policy's words on a worry told: "If a child tells you something worrying … fill in a blue concern form". */
const CONCERN_SAID = /\b(?:concerns?|worr\w*|disclos\w*|safeguarding)\b/i;

/** A child telling: "a little boy at story time said…", "one of the girls told me…". */
const CHILD_TELLING = /\b(?:kids?|child|girl|boy|lad|lass|little (?:one|girl|boy|lad)|son|daughter|pupils?)\b[^.?!]{0,60}?\b(?:told|tells|said|says|mentioned|whispered)\b/i;

/**
 * One we serve frightened or hurt by another: "member came back from her date really shaken, says he grabbed her arm in the car park".
 * Not by one of our own staff (the allegation above).
 */
const FRIGHTENED_BY_ANOTHER_TOLD =
  /^(?!.*\bone of (?:the|our) (?:other\s+)?(?:staff|colleagues?|workers?)\b)(?=.*\b(?:shaken|scared|frightened|terrified|upset)\b)(?=.*\b(?:he|she|they|the man|the woman|the guy|a man|a guy|a bloke|someone|her date|his date)\s+(?:had\s+)?(?:\w+\s+(?:her|him|them)\s+and\s+)?(?:(?:grabbed|hit|pushed|shoved|touched|groped|followed|threatened|cornered|assaulted|slapped)\s+(?:her|him|them|me)\b(?!\s+(?:own|head|on|to)\b)|kept\s+(?:texting|calling|ringing|messaging)\s+(?:her|him|them)\s+after\s+(?:she|he|they)\s+said\s+no|turned\s+up\s+at\s+(?:her|his|their)\s+(?:work|house|home|flat)|wouldn['’]?t\s+let\s+(?:her|him|them)\s+(?:leave|go|out)))/i;

/** A policy sentence on one we serve reporting they were frightened or hurt: "If a member reports a date that frightened or hurt them". */
const FRIGHTENED_REPORTED_SAID = /\b(?:reports?|tells?\s+(?:you|us))\b[^.]*\b(?:frighten\w*|hurt|assault\w*|harass\w*|threaten\w*|unsafe|scared)\b/i;

export const frightenedByAnotherAnswer = toldThenSaid(FRIGHTENED_BY_ANOTHER_TOLD, FRIGHTENED_REPORTED_SAID);

/**
 * One we serve sending money to someone met online, or asked for it: "keeps mentioning sending money to a man she met online who is
 * 'stuck abroad'". A scam on them, not on us.
 */
const SCAMMED_TOLD =
  /\b(?:send(?:s|ing)?|sent|lend(?:s|ing)?|lent|wir(?:e|ed|ing)|transferr?(?:ed|ing)?|giv(?:e|es|ing)|gave|asked\s+(?:her|him|them)\s+for)\s+(?:\w+\s+){0,2}?(?:money|cash|savings|£\s?\d[\d,]*)\b[^.?!]{0,60}?\b(?:met\s+online|stuck\s+abroad|never met|(?:man|woman|guy|bloke|chap|fella|boyfriend|girlfriend|someone|somebody)\b[^.?!]{0,30}?\b(?:online|dating|abroad|overseas))\b/i;

/** A policy sentence on one we serve pressed for money: "signs a member is being pressured for money", "romance scams". */
const PRESSED_FOR_MONEY_SAID = /\b(?:pressured|pressed|pushed|asked|targeted)\s+for\s+money\b|\bromance[- ]?(?:scams?|fraud)\b|\bfinancial abuse\b/i;

export const scammedOneWeServeAnswer = toldThenSaid(SCAMMED_TOLD, PRESSED_FOR_MONEY_SAID);

/** One over the limit about to drive: "guy just blew over the limit on the breath test and he is walking to his car". */
const OVER_LIMIT_DRIVING_TOLD =
  /^(?=.*\b(?:over the (?:drink[- ]drive\s+)?limit|blew (?:[\d.]+\s+)?(?:over|positive)|failed (?:the|his|her|a) breath\w*|positive on (?:the|a|his|her) breath\w*|drunk|smells? of (?:drink|booze|alcohol)|had a few|been drinking)\b)(?=.*\b(?:car|van|keys|drive|driving|drives|motor|lorry|wheel)\b)/i;

/** A policy sentence that one over the limit must not drive: of drink, not "under-18s never drive". */
const MUST_NOT_DRIVE_SAID = /^(?=.*\b(?:limit|alcohol|drink\w*|drunk|breath\w*|intoxicated|blows?|under the influence)\b).*\b(?:must not|mustn['’]t|may not|cannot|can['’]t|never|not|don['’]t|do not)\s+(?:let\s+(?:them|him|her)\s+)?(?:drive|driving)\b/i;

export const overLimitDrivingAnswer = toldThenSaid(OVER_LIMIT_DRIVING_TOLD, MUST_NOT_DRIVE_SAID);

/**
 * The one living in a home wanting to keep what another says to clear: "housing officer says just skip everything … but the gentleman living
 * there … wants to keep all the newspapers. who do we listen to?".
 */
const OCCUPANT_KEEPS_TOLD =
  /^(?=.*\b(?:skip|clear|bin|chuck|throw|dump)\w*\b)(?=.*\b(?:(?:gentleman|man|lady|woman|occupant|tenant|resident|client|person|he|she)\s+(?:living|who lives|who is living)\s+there|occupant|tenant|resident)\b)(?=.*\bwants?\s+to\s+keep\b)/i;

/** A policy sentence that nothing is thrown away that the one living there has not agreed to. */
const OCCUPANT_AGREES_SAID = /\b(?:not|never|don['’]t|do not)\s+(?:throw|bin|skip|clear|dispose)\w*\b[^.]*\b(?:agreed|agree|consent\w*|permission)\b/i;

export const occupantKeepsAnswer = toldThenSaid(OCCUPANT_KEEPS_TOLD, OCCUPANT_AGREES_SAID);

/**
 * Going to question a child's family over a hurt or what was said: "was thinking of popping round to ask the mum a few questions about
 * them bruises", "should i have a word with his dad about the marks on his arm". Marks on the child, not "the marks his van left on our drive".
 */
const FAMILY_QUESTIONED =
  /\b(?:ask|question|quiz|talk to|speak to|have a (?:quiet\s+)?word with)\s+(?:the|his|her|their)\s+(?:mum|mom|dad|parents?|mother|father|family|stepdad|stepmum|carer)\b[^.?!]{0,30}?\b(?:about|over|re)\s+(?:the\s+|them\s+|those\s+|these\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:bruis\w*|marks?\s+on\s+(?:him|her|them|his|her|their)\b|injur\w*|burns?|cuts?|what (?:he|she|they) (?:said|told))\b/i;

/** A policy sentence never to investigate or question: "Never investigate or question the child or family yourself". */
const NEVER_INVESTIGATE_SAID = /\b(?:never|do not|don['’]t|must not)\s+(?:investigate|question|interview|confront)\b/i;

export const familyQuestionedAnswer = toldThenSaid(FAMILY_QUESTIONED, NEVER_INVESTIGATE_SAID);

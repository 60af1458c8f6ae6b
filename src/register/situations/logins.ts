// Logins: a leaver's access, a login shared or borrowed, what a password must be, two-step sign-in as a duty.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesByTitle, policiesKeyed, policiesSaying, theOneTitled, theOnly, theOnlyPreferring, toldOfThingThenSaid, toldThenSaid } from '../quoted-policies.ts';
import { sentencesOf } from '../policy-passages.ts';
import { CREDENTIALS_LURED } from './breaches.ts';

/**
 * Someone leaving, asked when their logins go: "the temps are done at the end of the month, when is their access taken away?", "Sam's
 * last day is Thursday, when does his email get shut down?". The leaving is told; the access asked after.
 */
const LEAVING_TOLD = /\b(?:finish(?:es|ed|ing)?(?: up)?|leav(?:e|es|ing)|left|last (?:day|shift|week)|quit(?:s|ting)?|resign(?:s|ed|ing)?|handed in (?:his|her|their) notice|handed (?:his|her|their) notice in|end of (?:the |their |his |her )?(?:season|contract|placement|term|temp\w*)|moving on)\b/i;

const ACCESS_ENDS = /\b(?:lose|loses|losing)\s+(?:their|his|her|the|its)?\s*(?:[\w-]+\s+)?(?:logins?|log-ins?|access|accounts?|passwords?|e-?mails?|passcodes?)\b|\b(?:logins?|log-ins?|access|accounts?|e-?mails?|passcodes?)\s+(?:get|gets|is|are|be|will be|go|goes|stop|stops)\s+(?:removed|taken away|cut off|closed|shut(?: down| off)?|switched off|turned off|deleted|revoked|disabled|working)\b/i;

/**
 * What becomes of a leaver's logins, asked in everyday words: "what happens with her logins?", "what do I do about his
 * access?", "what needs doing with her app?", "what happens with her keys and logins?", or a system named ("anything i need to do on the door
 * system"). The things are theirs (his, her, their), and they are ways in, not keys.
 */
const ACCESS_ASKED_AFTER = /\banything\s+(?:i|we)\s+(?:need|have)\s+to\s+do\s+(?:on|with|in|about)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:system|app|logins?|access|codes?|accounts?)\b|\bwhat\s+(?:happens|(?:do|should|must)\s+(?:i|we)\s+(?:need to\s+)?do|needs?\s+(?:doing|sorting|to be done)|do (?:i|we) need to sort)\s+(?:to|with|about|for)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:[\w-]+\s+(?:and|&|n)\s+(?:[\w-]+\s+)?)?(?:logins?|log-ins?|access|accounts?|e-?mails?|passwords?|apps?|passcodes?|pins?|user(?:name)?s?)\b/i;

/**
 * A member of staff gone, with a bare "what needs doing?": "one of my cleaners quit today, what needs doing", "Sam has handed
 * his notice in, what do I need to sort?", "Jo finishes on Friday, what needs turning off?". Not a customer, member or tenant leaving: their data is another matter.
 */
const STAFF_GONE_WHAT_NOW = /^(?!.*\b(?:customers?|clients?|members?|tenants?|guests?|pupils?|students?|patients?|residents?|kids|children|parents?|suppliers?|landlords?)\b).*\b(?:quit|resigned|handed (?:in )?(?:his|her|their) notice(?: in)?|(?:is|are|['’]s) leaving|left (?:us|today|yesterday)|last day (?:is|was)|(?<!\b(?:job|jobs|shift|work|booking|course|session|event|project|install|installation|class|lesson|party|service|meeting|match|game|show|it|this|that|contract|season|term|week|day)\s+)finish(?:es|ed|ing)?\s+(?:(?:up|work)\s+)?(?:on|this|next|at the end of|tomorrow|today)\b)\b.*\b(?:anything\s+(?:i|we)\s+(?:need|have|ought|should)\s+(?:to\s+)?(?:do|sort|sort out|get back|collect)\b|what\s+(?:needs?\s+(?:doing|sorting|to (?:be done|happen)|(?:turning|switching|shutting|cutting)\s+off|(?:turned|switched|shut|cut)\s+off|removing|cancell?ing|closing)|(?:do|should|must) (?:i|we)\s+(?:need to\s+)?(?:do|sort)|happens now|now)\b)/i;

/** A policy on people leaving, by its title or keywords: "Staff who leave", "Leavers", "When a cleaner leaves" (not "When a member leaves"). */
const LEAVERS_POLICY = /\bleavers?\b|\bsomeone leaves\b|\bleaving\b|\bstaff leave\b|\bwhen (?:a|an)\s+(?!(?:member|client|customer|tenant|guest|pupil|student|patient|resident|supplier)\b)[\w-]+\s+leaves\b/i;

/**
 * One of ours gone who can still get in, told: "the contract joiner finished with us in May but can still open the job
 * app", "our old receptionist resigned and can still see the diary". Not a customer or member, whose own
 * account is theirs to keep, nor a thing left somewhere ("left the tablet at the stall") or a vehicle that left the yard.
 */
const GONE_BUT_STILL_IN = goneButStillIn();

/** Built from its parts: those we serve, whose leaving is no leaver's; a vehicle gone out; "left" said of a person, not of a thing put down. */
function goneButStillIn(): RegExp {
  const served = String.raw`(?:customers?|clients?|members?|tenants?|guests?|pupils?|students?|patients?|residents?|parents?)`;
  const vehicle = String.raw`(?:vans?|cars?|lorry|lorries|trucks?|vehicles?|buses|bus|trains?|boats?|parcels?|deliver(?:y|ies)|orders?)`;
  const workplace = String.raw`(?:company|firm|business|practice|clinic|team|job|salon|studio|shop|office|agency|nursery|school)`;
  const leftUs = String.raw`left(?!\s+(?:the|a|an|his|her|their|my|our|your|it|its|this|that)\s+(?!${workplace}\b))`;
  const gone = String.raw`(?:finished|${leftUs}|quit|resigned|(?:has|have|is|are|['’]s) (?:gone(?!\s+(?:on|off)\s+(?:maternity|paternity|sick|annual|holiday|leave|a\s+break|break)\b)|done|moved on)|stopped (?:working|coming|volunteering|helping))`;
  const stillIn = String.raw`(?:can|could|is|are|['’]s)\s+still\s+(?:get(?:ting)? (?:in|into|in to|on)|log(?:ging)?\s*(?:in|into|on)|sign(?:ing)?\s*(?:in|into)|access(?:ing)?|see|open|use|edit|reach|view|(?:on|in)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:group|chat|channel|account|system|list|app|rota))`;
  // Or told the other way round: "an engineer's still got access to the job app two months after he left".
  const stillHas = String.raw`(?:['’]s|is|are|has|have)\s+still\s+(?:got\s+)?(?:access|a login|logins?|the password)\b`;
  const afterGone = String.raw`\b(?:after|since)\s+(?:he|she|they)\s+(?:left|quit|resigned|finished)\b`;
  // Or one of ours said to be gone by what they were ("the old manager still has access to everything and left in march").
  const stillGot = String.raw`\bstill\s+(?:has|have|got)\s+(?:access|a login|logins?|the password|(?:a |the )?keys?)\b`;
  const former = String.raw`\b(?:old|former|ex|previous)[- ]?\s*(?:[\w-]+\s+)?(?:manager|employee|staff|colleague|receptionist|worker|assistant|admin|bookkeeper|director|partner|volunteer|apprentice|engineer|driver|cleaner|stylist|nurse|therapist|teacher|coach|chef)\b`;
  return new RegExp(
    String.raw`^(?!.*\b${served}\b[^.?!]{0,30}\b(?:finished|left|quit|stopped)\b)(?!.*\b${served}\b.*${stillGot})(?!.*\b${vehicle}\b[^.?!]{0,15}\bleft\b).*(?:\b${gone}\b.*\b${stillIn}\b|${stillHas}.*${afterGone}|${former}.*${stillGot}|${stillGot}.*\b(?:left|quit|resigned|finished|contract (?:ended|finished))\b)`,
    'i',
  );
}

/**
 * A leaver's work kit handed back, asked: "liam finishes with us friday, does he give his tablet to me or the office?". The
 * leaving is a person's, on a day ("a job we finish at iffley" is no leaver), and the kit is the firm's, not a client's keys.
 */
const KIT_HANDED_BACK = /\b(?:give|gives|giving|hand|hands|handing|return|returns|returning|drop|drops|dropping)\s+(?:back\s+|in\s+)?(?:his|her|their|the)\s+(?:work\s+|company\s+)?(?:tablets?|ipads?|phones?|mobiles?|laptops?|fobs?|kit|badges?)\b/i;
const PERSON_LEAVING = /\b(?:finish(?:es|ing)?|leav(?:es|ing)|quits?|resign(?:s|ed|ing)?)\s+(?:with us|us|on\s+\w+day|this\s+\w+|next\s+\w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow)\b|\blast (?:day|shift|week)\b|\bhanded (?:in )?(?:his|her|their) notice\b/i;

/** Someone leaving, asked when their access ends or where their work kit goes back: the firm's one policy on leavers (the day it goes, who removes it). */
export function leaverAccessAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const told = LEAVING_TOLD.test(question) && (ACCESS_ENDS.test(question) || ACCESS_ASKED_AFTER.test(question) || (PERSON_LEAVING.test(question) && KIT_HANDED_BACK.test(question)));
  return told || STAFF_GONE_WHAT_NOW.test(question) ? theLeaversPolicy(ctx, question) : undefined;
}

/** One of ours gone who can still get in, whatever system the story names: the firm's one policy on leavers. */
export function leaverStillInAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return GONE_BUT_STILL_IN.test(question) ? (theLeaversPolicy(ctx, question) ?? theOnly(policiesSaying(ctx, LEAVER_ACCESS_SAID))) : undefined;
}

/**
 * Where no policy is titled on leavers, a sentence that someone of ours leaving has their access removed: "When a freelancer's contract
 * ends, Oli removes their access within a week", "When a volunteer stops coming, Bethan removes their logins". Not a customer's or a client
 * firm's contract ending ("When a customer's contract ends, Mark removes our remote access from their recorder").
 */
const LEAVER_ACCESS_SAID = /\bwhen\s+(?:someone|somebody|anyone|(?:a|an)\s+(?!(?:customer|client|employer|member|tenant|guest|patient|pupil|student|resident|supplier|family)['’]?s?\b)[\w-]+(?:['’]s)?(?:\s+contract)?)\s+(?:leaves|ends|finishes|stops\s+(?:coming|volunteering|working))\b[^.]*\b(?:removes?|closes?|deletes?|turns?\s+off|switch(?:es)?\s+off|cancels?)\s+(?:all\s+)?(?:their|his|her)\s+(?:[\w-]+\s+){0,3}?(?:access|logins?|accounts?)\b/i;

/** A policy sentence on what someone hands back or loses on their last day: "…hand back the vehicle keys and any fuel card on their last day". */
const LAST_DAY_SAID = /\b(?:on|by|before)\s+(?:their|his|her|your|the)\s+last\s+(?:day|shift)\b/i;

/** A thing of theirs asked after by name: "what do we do with their laptop?", which a policy on that thing may answer better. */
const THEIR_THING_ASKED = /\b(?:with|about|to)\s+(?:his|her|their)\s+(?!(?:stuff|things|access|logins?|accounts?)\b)[\w-]+/i;

/**
 * The firm's one policy on leavers, by its title or else a keyword; else, for a leaving asked about as a whole ("anything I need
 * to sort before he goes?"), the one whose sentence says what happens on someone's last day.
 */
function theLeaversPolicy(ctx: QaContext, question: string): QaAnswer | undefined {
  const titled = theOnly(policiesByTitle(ctx, LEAVERS_POLICY)) ?? theOnly(policiesKeyed(ctx, /^\s*leavers?\s*$/i));
  return titled ?? (THEIR_THING_ASKED.test(question) ? undefined : theOnly(policiesSaying(ctx, LAST_DAY_SAID)));
}

/**
 * One's own login asked for or lent, or another's borrowed: "the freelancer asked for my login", "tariq asked me for the bank login" (not a customer asking for "the login code" to a gallery), "can I give her my password?",
 * "use a colleague's login", "can the new starter go on my till login?", "can priyanka submit the application using my login", "can Jo use my booking app login till she gets hers?", "the temp wants to log in with my account", "she asked if she can use my TeamUp login tonight", or logging in as a colleague ("wants me to log in as him to finish his certs", "log into hallmaster as her", "can i just log him in as me?", "she gave me her password"). Not "someone has been using my login": that is a breach told, not a rule asked.
 * Not a door code used to get in ("his mate has been using his code to get in for weeks"): the rule on codes shared reads that.
 */
const LOGIN_SHARED = /\b(?:asked|asks|asking|wants?|wanted)\s+(?:me\s+)?for\s+the\s+(?!(?:wifi|wi-fi|guest|gallery|door)\b)(?:[\w.-]+\s+)?(?:login|log-in|log in|password|credentials)\b(?!\s+(?:codes?|links?|details)\b)|\b(?:asked|asks|asking|wants?|wanted)\s+(?:(?:me\s+)?for\s+)?(?:my|our)\s+(?:[\w.-]+\s+)?(?:login|log-in|log in|password|credentials)\b|\b(?:share|sharing|give|giving|lend|lending)\s+(?:\w+\s+){0,2}?(?:my|your|his|her|their)\s+(?:[\w.-]+\s+)?(?:login|log-in|password|credentials)\b|\b(?:borrow|borrowing|use|using)\s+(?:someone(?:['’]?s)?\s+else['’]?s|a colleague['’]?s|another person['’]?s|(?:his|her|their)(?! own))\s+(?:[\w.-]+\s+)?(?:login|log-in|password|credentials)\b|\b(?:borrow|borrowing|use|using)\s+(?:his|her|their)\s+(?:staff\s+|till\s+|login\s+)?(?:code|pin|passcode)\b(?!\s+to\s+(?:get|let\s+\w+)\s+in\b)|\b(?:(?:can|could|may|should|let|letting)\s+(?!i\b|we\b|me\b)(?:[\w'’-]+\s+){1,5}?|(?:wants?|wanted|would like|asked|asks|asking)\s+to\s+)(?:use|borrow|go on|log in (?:with|on|as)|sign in (?:with|as))\s+my\s+(?:[\w.-]+\s+){0,3}?(?:login|log-in|log in|password|passcode|credentials|pin|user(?:name)?|account)\b|\b(?:log|sign)(?:s|ged|ging|ed|ing)?(?:\s+(?:him|her|them))?(?:\s*in|\s*on)(?:(?:\s+(?:to|into|on)|to)\s+[\w.-]+(?:\s+[\w.-]+)?)?\s+as\s+(?:him|her|them|me|someone else|a colleague|(?!(?:admin|administrator|an?|the|guest|owner|manager|staff|user|usual|normal|well|such|soon|if|though|before)\b)[a-z]+(?=\s+(?:on|in|to|and|for|so)\b|\s*[,.?!]|\s*$))\b|\b(?:go|goes|going|get|getting|jump|jumping|hop|hopping)\s+on\s+as\s+(?:me|him|her|them)\b|\b(?:she|he|they)\s+(?:has\s+|have\s+|had\s+)?(?:gave|given|sent|texted)\s+me\s+(?:his|her|their)\s+(?:[\w.-]+\s+)?(?:login|log-in|password|passcode|credentials)\b|\b(?:text|send|email|e-mail|message|whatsapp|give|tell)\s+(?:him|her|them|someone|somebody|anyone|the [\w-]+)\s+(?:my|our)\s+(?:[\w.-]+\s+)?(?:login|log-in|password|passcode|credentials)\b|\b(?:if|whether)\s+(?!i\b|we\b)[\w'’-]+\s+(?:can|could|may|might)\s+(?:use|borrow|go on|log in (?:with|on|as)|sign in (?:with|as))\s+my\s+(?:[\w.-]+\s+){0,3}?(?:login|log-in|log in|password|passcode|credentials|pin|account)\b|\b(?:can|could|may|should)\s+(?!i\b|we\b|me\b|you\b|u\b)(?:(?:my|our|the|a)\s+)?[\w'’-]+\s+(?:just\s+)?(?:submit|send|file|sign|book|do|finish|process|approve|log|lodge|enter|put)\b(?:\s+[\w'’-]+){0,5}?\s+(?:using|with|on|under|through|via)\s+my\s+(?:[\w.-]+\s+){0,2}?(?:login|log-in|log in|password|passcode|credentials|pin|user(?:name)?)\b/i;

/**
 * A newcomer without a login yet, and the asker's own lent for now: "the new lad hasn't got a login yet, can he just use mine for
 * today?", "she's still waiting on her account, can she go on mine?", "her log in isn't working yet, can she use mine", "still hasnt got semble access, can she just use mine", "priya forgot her till code, can she just use mine". The login is told
 * missing, forgotten or not working yet, then "mine" asked for.
 */
/**
 * A password written down where others can read it: "put the booking system password on a post it inside the cupboard", "the wifi
 * and till passwords are stuck on the monitor". The rule on passwords says where they may be kept; not the guest wifi's, which is given out.
 */
const PASSWORD_WRITTEN = /^(?!.*\b(?:wi-?fi|guest)\b).*\b(?:passwords?|log-?ins?|passcodes?)\b[^.?!]{0,40}?\b(?:on|onto)\s+(?:a\s+|the\s+)?(?:post[- ]?its?|sticky(?: notes?)?|noticeboard|notice board|whiteboard|wall|fridge|monitor|screen|bit of paper|piece of paper|note)\b|\b(?:wrote|written|writing|writes|stuck|sticks?)\s+(?:down\s+)?(?:the|our|my|her|his|their|all the)\s+(?:[\w-]+\s+){0,2}?passwords?\b/i;

/**
 * One's password seen or known by someone else, told: "pretty sure one of the explorers watched me type my password in at the hut".
 * The rule on passwords says what to do (change it, tell someone).
 */
const PASSWORD_SEEN = /\b(?:watched|saw|seen|spotted|clocked|looking at|looked at)\s+(?:me\s+)?(?:type|typing|enter|entering|put|putting|punch|punching)\s+(?:in\s+)?(?:my|the|our)\s+(?:[\w-]+\s+)?(?:password|pin|passcode|login)\b|\b(?:knows?|has seen|might know|may know|got hold of)\s+my\s+(?:[\w-]+\s+)?(?:password|pin|passcode)\b/i;

/**
 * One's own login used by another we know, told: "stuart forgot his login so hes been using mine all week", "my husband keeps asking
 * to have a look at the kids learning stuff on my login". Not "someone else has been using my login", a breach told.
 */
const USING_MINE = /(?<!\belse\s)\b(?!(?:someone|somebody|some1|anyone|anybody|else|has|have|had|is|are|was|were|been)\b)(?:he|she|they|[a-z]+)\s*(?:['’]s|s|\s+has|\s+have|\s+is|\s+are)?\s+been\s+(?:using|on|going on|logging (?:in|on) (?:with|as))\s+(?:mine|my\s+(?:[\w.-]+\s+)?(?:login|log-in|account|password))\b|\b(?:asking|asks|asked|wants?)\s+to\s+(?:have a (?:look|nose|peek)|look|see|read)\b[^.?!]{0,60}?\bon\s+my\s+(?:[\w.-]+\s+)?(?:login|log-in|account)\b/i;

/** Logging in on the asker's own device for someone: "liam left his phone at home, ok if he logs into the app on mine". */
const LOGGED_IN_ON_MINE = /\b(?:log|logs|logged|logging|sign|signs|signed|signing)\s*(?:in|into|in to|on)\b[^.?!]{0,30}?\bon\s+mine\b/i;

/**
 * Work done under another's login: "tom said i can just sign the 2pm meds under his login because mine's locked out", "josie is
 * logged in on the office pc, can i just use her account to book this cat in", "can i just use lauren's roller since she's still logged in
 * on the other till?" (not "use his Buildertrend account": another firm's tool, asked onto).
 */
const UNDER_ANOTHERS_LOGIN = /\b(?:use|using|go on|borrow|borrowing|jump on)\s+(?:his|her|their|someone else['’]?s|a colleague['’]?s|[a-z]+['’]s)\s+(?:login|log-in|account|pin|password)\b|\b(?:sign|signing|do|doing|write|writing|record|recording|log|logging|chart|document|enter|entering)\w*\b[^.?!]{0,40}?\bunder\s+(?:his|her|their|someone else['’]?s|a colleague['’]?s|[a-z]+['’]s)\s+(?:[\w-]+\s+)?(?:login|log-in|account|pin|password)\b|\b(?:use|using|go on|jump on|borrow|borrowing)\s+(?:his|her|their|[a-z]+['’]s)\s+[\w-]+\b[^.?!]{0,40}?\b(?:still|already)\s+(?:logged|signed)\s+(?:in|on)\b/i;

const NO_LOGIN_YET_USE_MINE = /(?:\b(?:forgot|forgotten)\s+(?:her|his|their)\s+(?!(?:locker|door|gate|wi-?fi|bike|padlock|alarm|key\s*safe|home)\b)(?:[\w.-]+\s+)?(?:code|pin|passcode|password|login|log-in)\b|\b(?:(?:has|have)n['’]?t got|hasnt got|havent got|has no|have no|doesn'?t have|don'?t have|without|waiting (?:on|for)|no)\s+(?:a|an|his|her|their|any)?\s*(?:own\s+)?(?:[\w.-]+\s+)?(?:login|log-in|sign[- ]?in|account|password|user(?:name)?|(?!(?:locker|door|building|car|park|gym|room|site|office|gate|depot|fob|key|wheelchair|disabled|step-free)\s)[\w.-]+\s+access(?!\s+to\b))s?\b|\b(?:login|log-?in|log in|account|user(?:name)?)s?\s+(?:is\s*n['’]?t|isnt|is not|not|won['’]?t be|wont be|doesn['’]?t|doesnt)\s+(?:working|set up|ready|live|sorted|active|work)\b).*\b(?:use|borrow|go on|(?:go|goes|going|work|works|working)\s+(?:round|out|about)\s+on|log in (?:with|on|as)|sign in (?:with|as))\s+mine\b/i;

/**
 * What a password must be: "how long does my password need to be", "how many characters does a password have to be", or whether
 * one may serve twice: "can I use the same password for the till and my email?", "ok to reuse my old password?"; not how long one lasts.
 */
const PASSWORD_RULE_ASKED = /\b(?:same|one)\s+password\s+(?:for|on|across|as)\b|\bre-?us(?:e|ing)\s+(?:a|my|the same|an old|old)\s+passwords?\b|\bpasswords?\s+(?:\w+\s+){0,2}?(?:need|needs|have|has|got)\s+to\s+be\b|\bhow (?:long|many characters)\s+(?:does|do|should|must|has|have|is|are)\s+(?:my|a|our|the|your)\s+(?:\w+\s+)?passwords?\s+(?:(?:need|have|got)\s+to\s+)?be\b/i;

/**
 * What a password may be made of, asked: "what password should I use for the new account, is my cat's name ok?", "is my birthday
 * fine as a password?", "can I use my dog's name as my password?", "setting up my payroll log in, is Hawthorn2026! strong enough?".
 * Something personal asked fit to be a password, or one typed out asked strong enough.
 */
const PASSWORD_CHOICE_ASKED = /\b(?:password|passcode|pin|log ?in|login|account)\b[^?]{0,80}?\bis\s+\S+\s+(?:strong|secure|safe|good|long)\s+enough\b|\bwhat (?:password|passcode|pin) (?:should|shall|can|do|to|would)\b|\b(?:ok|okay|fine|alright|good enough|safe|strong enough|allowed)\s+(?:as|for)\s+(?:a|my|the|his|her|their|our)\s+(?:[\w-]+\s+)?(?:password|passcode|pin)\b|\b(?:use|using|have|pick|choose)\s+(?:my|his|her|their|our|the)\s+(?:[\w'’-]+\s+){0,2}?(?:name|birthday|date of birth|postcode|car reg|house number|phone number)\s+(?:as|for)\s+(?:a|my|the|his|her|their|our)\s+(?:[\w-]+\s+)?(?:password|passcode|pin)\b/i;

/** Two-step sign-in asked as a duty: "do we have to have 2 step on on the X site?"; not "where is 2FA compulsory?", a list. */
const TWO_STEP_REQUIRED = /^(?!\s*(?:where|which|who|what)\b).*\b(?:have to|need to|must|required to|supposed to|meant to)\b.*\b(?:2|two)[- ]?(?:step|factor|fa)\b(?!\s+ladders?)/i;

/**
 * Two-step sign-in wanted off: "Tom finds the 2fa prompts on the till app a pain and wants to disable them", "can I switch
 * off the two-step on the email?". Whether it may be is the rule, beside the named account's own fact.
 */
const TWO_STEP_OFF = twoStepOff();

/** Built from its parts: the two-step words, and the ways of wanting them off said before or after them. */
function twoStepOff(): RegExp {
  // Or the code itself, as staff call it: "the outlook code-on-my-phone thing", "the authenticator", "the text code".
  const twoStep = String.raw`\b(?:(?:2|two)[- ]?(?:step|factor|fa)|codes?[- ]on[- ]my[- ](?:phone|mobile)|(?:text|texted|sms|authenticator|login|log-in|sign-?in|security)\s+codes?|authenticator(?: app)?)\b`;
  const offBefore = String.raw`\b(?:(?:switch|turn|take|shut)\w*\s+off|get rid of|disable|remove|skip|stop using)\s+(?:the\s+)?[^.?!]{0,20}?${twoStep}`;
  const offAfter = String.raw`${twoStep}[^.?!]{0,60}?\b(?:switch|turn|take|shut)\w*\s+(?:them\s+|it\s+|that\s+)?off\b`;
  const goneAfter = String.raw`${twoStep}[^.?!]{0,60}?\b(?:disable|get rid of|remove)\w*\s+(?:them|it|that)\b`;
  const mfaOff = String.raw`\bmfa\b[^.?!]{0,60}?\b(?:switch|turn)\w*\s+(?:them\s+|it\s+)?off\b`;
  return new RegExp(String.raw`^(?!\s*(?:which|where|what|who)\b).*?(?:${offBefore}|${offAfter}|${goneAfter}|${mfaOff})`, 'i');
}

/**
 * A rule on logins asked, "two-step" where it is whether two-step sign-in must be on (the named supplier's own fact
 * answers beside the rule), "rule" where it is sharing a login or what a password must be (the rule alone answers).
 */
export function loginRuleAsked(question: string): 'two-step' | 'rule' | undefined {
  // A fake email that "asked for my password" tells a login given away, not a rule on lending one.
  if (CREDENTIALS_LURED.test(question)) return undefined;
  if ([LOGIN_SHARED, NO_LOGIN_YET_USE_MINE, UNDER_ANOTHERS_LOGIN, PASSWORD_SEEN, PASSWORD_WRITTEN, LOGGED_IN_ON_MINE, USING_MINE].some((told) => told.test(question)) || PASSWORD_RULE_ASKED.test(question) || PASSWORD_CHOICE_ASKED.test(question)) return 'rule';
  return TWO_STEP_REQUIRED.test(question) || TWO_STEP_OFF.test(question) ? 'two-step' : undefined;
}

/** Whether to lock a screen, asked: "nipping out for a brew, do i really need to lock the dispatch pc its 2 mins". */
const LOCK_ASKED = /\b(?:do|does|must|should|have)\s+(?:i|we|you)\s+(?:really\s+|actually\s+)?(?:need\s+to\s+|have\s+to\s+|got\s+to\s+)?lock\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:pc|computer|screen|laptop|tablet|ipad|desktop|mac|till)\b/i;

/**
 * A computer left unlocked, and someone at it: "nipped to the loo for 2 mins and came back to find a kid pressing keys on the front desk
 * computer", "left the office pc logged in and the cleaner was on it", or left open in a vehicle ("popping into greggs between visits, laptop open
 * on the passenger seat"), or kept unlocked on purpose ("i've left it on so it doesn't log out", read in the ninety-first round).
 */
const LEFT_UNLOCKED = /\b(?:came back|come back|got back)\b[^.?!]{0,40}?\b(?:someone|somebody|a (?:kid|child|customer|visitor|member of the public|stranger|lad|girl|boy)|the cleaner|kids)\b[^.?!]{0,30}?\b(?:on|at|using|pressing|typing on|looking at|playing on)\b[^.?!]{0,30}?\b(?:computer|pc|laptop|screen|keyboard|desktop|keys)\b|\bleft\s+(?:the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:computer|pc|laptop|screen|desktop)\s+(?:unlocked|logged in|open)\b|\b(?:laptop|tablet|ipad)\s+(?:left\s+)?(?:open|unlocked|logged in)\s+(?:on|in)\s+(?:the\s+)?(?:passenger\s+|front\s+|back\s+|driver['’]?s?\s+)?(?:seat|car|van|cab|dash(?:board)?)\b|\bleft\s+(?:the|my)\s+(?:laptop|tablet|ipad)\s+(?:on|in)\s+(?:the\s+)?(?:passenger\s+|front\s+|back\s+)?(?:seat|car|van|cab)\s+(?:unlocked|open|logged in)\b|\b(?:left|leave|leaving|keep|kept|keeping)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:ipad|tablet|laptop|pc|computer|screen|till))\s+(?:on|unlocked|logged in|open)\s+(?:so|because|cos|coz|as)\s+(?:it|that it)\s+(?:doesn['’]?t|does not|won['’]?t|will not|can['’]?t)\s+(?:log|lock|time|sign)\s*(?:out|off)?\b/i;

/** A policy sentence on locking screens: "lock their screen", "screens lock after 5 minutes", "Lock the box office PC", "Do not leave the tablet unlocked". */
const LOCK_SAID = /\block\w*\s+(?:the|their|your|its|a)?\s*(?:[\w-]+\s+)?screens?\b|\bscreens?\s+(?:\w+\s+)?lock|\block\s+(?:the|your|their)\s+(?:[\w-]+\s+){0,2}?(?:pcs?|computers?|laptops?|desktops?)\b|\b(?:leave|left)\s+(?:the|a|your|any)\s+(?:[\w-]+\s+)?(?:tablets?|ipads?|pcs?|computers?|laptops?|screens?|tills?)\s+unlocked\b/i;

/** Whether to lock a screen: the firm's one policy with a sentence on locking screens, else the one on passwords. */
/** A computer left unlocked with someone at it: the firm's one policy with a sentence on locking screens, whatever system was open on it. */
export function leftUnlockedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return LEFT_UNLOCKED.test(question) ? theOnly(policiesSaying(ctx, LOCK_SAID)) : undefined;
}

export function lockAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!LOCK_ASKED.test(question)) return undefined;
  return theOnly(policiesSaying(ctx, LOCK_SAID)) ?? theOnly(policiesByTitle(ctx, /\bpasswords?\b|\blog-?ins?\b/i));
}

/**
 * A device's lock asked off: "the ipad keeps locking itself, can i just take the code off?", "can i turn the passcode off on the
 * shop phone", "do i really need a pin on the tablet", or said to be off ("my phone hasn't got a passcode, it's such a faff"). A device is said, so a door code or an alarm code taken off is no lock of this kind.
 */
const LOCK_OFF_ASKED = /\b(?:hasn['’]?t got|has not got|has no|doesn['’]?t have|does not have|haven['’]?t (?:got|put|set)|never (?:put|set))\s+(?:a\s+|any\s+)?(?:pass)?(?:codes?|pins?|screen ?locks?|passwords?)(?:\s+on)?\b|\b(?:take|taking|turn|turning|switch|switching|get rid of|remove|removing|disable|disabling)\s+(?:the\s+|its\s+|my\s+|that\s+)?(?:pass)?(?:codes?|pins?|locks?|passwords?|screen ?locks?)\s+off\b|\b(?:take|turn|switch)\s+off\s+(?:the\s+|its\s+|my\s+)?(?:pass)?(?:codes?|pins?|screen ?locks?|auto[- ]?locks?)\b|\b(?:get rid of|remove|disable)\s+(?:the\s+|its\s+|my\s+)?(?:pass)?(?:codes?|pins?|screen ?locks?|auto[- ]?locks?)\b|\b(?:do|does|must)\s+(?:i|we|it)\s+(?:really\s+|actually\s+)?(?:need|have to have)\s+(?:a\s+|the\s+)?(?:pass)?(?:codes?|pins?|locks?|passwords?)\s+on\b/i;
const DEVICE = /\b(?:ipads?|tablets?|phones?|mobiles?|laptops?|pcs?|computers?|macs?|macbooks?|screens?)\b/i;

/** A policy sentence that a device is locked with a code: "Lock the register iPad with its passcode", "needs a passcode or fingerprint lock". */
const DEVICE_LOCK_SAID = /\block\w*\b[^.]*\b(?:pass ?codes?|pins?|codes?|passwords?|fingerprint|face id)\b|\b(?:pass ?codes?|pins?|passwords?|fingerprint)\b[^.]*\block\w*\b/i;

/** A device's lock asked off ({@link LOCK_OFF_ASKED}): the one policy that says devices lock with a code, the one naming the device said if several do. */
export function lockOffAskedAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const device = DEVICE.exec(question)?.[0];
  if (!device || !LOCK_OFF_ASKED.test(question)) return undefined;
  const naming = new RegExp(String.raw`\b${device.replace(/s$/i, '')}s?\b`, 'i');
  return theOnlyPreferring(policiesSaying(ctx, DEVICE_LOCK_SAID), (p) => sentencesOf(p.text).some((said) => DEVICE_LOCK_SAID.test(said) && naming.test(said)));
}

/** The thing whose login is lent or asked after: "my till login", "her smartcard PIN". */
const LOGIN_OF = /\b(?:my|his|her|their|your|our|the)\s+([a-z][a-z0-9]+)\s+(?:login|log-in|log in|pin|passcode|password|account)\b/i;

/** Words that name no system of ours before a login ("my own login", "the new password"). */
const NOT_A_SYSTEM = /^(?:own|new|old|work|personal|staff|usual|main|admin|email|e-mail)$/i;

/**
 * The firm's one policy on a rule of logins, quoted: where a question names the thing whose login it is ("can holly use my till
 * login?") and one policy's sentence says that thing's logins are not shared ("everyone uses their own till login; never share
 * your PIN", in the card payments policy), that policy; else the one titled on passwords or logins.
 */
export function passwordsPolicyAnswer(ctx: QaContext, question = ''): QaAnswer | undefined {
  const thing = LOGIN_OF.exec(question)?.[1];
  if (thing && !NOT_A_SYSTEM.test(thing)) {
    const lending = String.raw`(?:never|not|don['’]t|no)\s+(?:\w+\s+)?(?:share|lend|borrow)\w*`;
    // A sentence on lending logins, which names one ("never share the till PIN"); not what is shared of a case ("never in Outlook notes … not
    // shared with the college").
    const said = new RegExp(String.raw`^(?=.*\b(?:logins?|log-?ins?|passwords?|passcodes?|pins?|accounts?|codes?|credentials)\b)(?:.*\b${thing}\b[^.]*\b${lending}\b|.*\b${lending}\b[^.]*\b${thing}\b)`, 'i');
    const own = theOnly(policiesSaying(ctx, said));
    if (own) return own;
  }
  return theOnly(policiesByTitle(ctx, /\bpasswords?\b|\blog-?ins?\b/i));
}

/**
 * Someone joining our staff (not a subcontractor or a customer), told with what needs doing asked: "we've got a new starter on monday, what do they need to do before they go
 * on bookings?", "new designer starting on monday, what needs sorting before she starts?".
 */
const STARTER_TOLD = /\bnew (?:starter|joiner|recruit|hire|member of staff|staff member|employee|colleague|(?!(?:sub|subbie|subby|subcontractor|contractor|freelancer|supplier|client|customer|member|pupil|student|tenant|patient|guest)s?\b)[\w-]+(?=\s+(?:starting|joining|starts|joins)\b))\b|\b(?:she|he|they)(?:['’]s| is| are)? (?:starting|joining) (?:on|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday)\b/i;

/** What needs doing asked: "what do they need to do", "what needs sorting", "anything I need to set up". */
const SETUP_ASKED = /\bwhat (?:do|does|should|must) (?:they|he|she|i|we) (?:need to )?(?:do|sort|set up|get)\b|\bwhat (?:needs?|has to be) (?:doing|sorting|setting up|done|sorted|set up)\b|\banything (?:i|we|they) (?:need|have) to (?:do|sort|set up)\b|\bwhat (?:happens|do we do) (?:first|before)\b/i;

/** A policy titled on people joining: "Starters and leavers", "New starters", "Joiners, movers and leavers". */
const STARTERS_POLICY = /\bstarters?\b|\bjoiners?\b|\bjoining\b|\bonboarding\b|\binduction\b/i;

/** Someone joining, with what needs doing asked: the firm's one policy titled on starters. */
export function starterAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  return STARTER_TOLD.test(question) && SETUP_ASKED.test(question) ? theOneTitled(ctx, STARTERS_POLICY) : undefined;
}

/** Whose computer it is, not ours: "their office pc", "the venue's laptop", "a guest's computer", "a shared computer". */
const ANOTHERS_COMPUTER = String.raw`(?:their|his|her|(?:the|a|an)\s+(?:[\w-]+['’]s|venue|client|customer|guest|hotel|school|library|hospital|shared|public|friend['’]?s?|sports hall|leisure centre|community centre|away (?:team|club|venue)|family|home))\s+(?:[\w'’-]+\s+){0,2}?(?:pcs?|computers?|laptops?|macs?|ipads?|tablets?)`;

/**
 * One of our accounts signed into on someone else's computer, told or asked: "venue manager says i can log into our snappic on their office
 * pc to print the extra copies", "ok to sign in to the booking system on the hotel's computer", "can i use the hotel reception computer to
 * check our bookings email".
 */
const SIGNED_IN_ELSEWHERE_TOLD = new RegExp(
  String.raw`\b(?:log|logging|logged|sign|signing|signed)\s*(?:in|on)?\s*(?:to|into)?\s+(?:(?:our|the|my)\s+)?(?:[\w'’-]+\s+){0,2}?(?:on|from|at|using)\s+${ANOTHERS_COMPUTER}\b` +
    // Or the computer used to get into ours: "can i use the hotel reception computer to check our bookings email".
    String.raw`|\buse\s+${ANOTHERS_COMPUTER}\s+to\s+(?:check|get into|open|log into|sign into|look at|print)\s+(?:our|the club['’]?s?|the shop['’]?s?)\b`,
  'i',
);

/** A policy sentence against signing in on someone else's computer: "Never sign in to our accounts on a venue's or client's computer". */
const SIGNED_IN_ELSEWHERE_SAID =
  /\b(?:never|do not|don['’]t)\s+(?:sign|log)\s*(?:in|on|into)\b[^.]*\bon\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?(?:computers?|pcs?)\b/i;

export const signedInElsewhereAnswer = toldThenSaid(SIGNED_IN_ELSEWHERE_TOLD, SIGNED_IN_ELSEWHERE_SAID);

/**
 * One we serve asking to use a computer of ours: "a guest asked if she could quickly hop on the office computer to print her train ticket",
 * "customer wants to use the shop laptop to check his email".
 */
const OUR_COMPUTER_ASKED_BY_SERVED = /\b(?:guests?|customers?|clients?|visitors?|members?|patients?|residents?|students?|passengers?)\b[^.?!]{0,60}?\b(?:use|hop on|go on|jump on|get on|borrow|have a go on)\s+(?:(?:the\s+(?:office|shop|reception|front desk|desk|work|staff)|our(?:\s+(?:office|shop|reception|front desk|desk|work|staff))?)\s+(?:computer|pc|laptop|ipad|tablet)|the\s+(?:computer|pc|laptop)\s+in\s+the\s+(?:office|shop|reception))\b/i;

/** A policy sentence that those we serve never use our computers: "Guests never use the office PC or Wi-Fi admin". */
const SERVED_NEVER_ON_OURS_SAID = /\b(?:guests?|customers?|clients?|visitors?|members of the public|residents?|students?)\s+(?:never|do not|don['’]t|must not|may not)\s+use\s+(?:the|our|a)\s+(?:[\w-]+\s+)?(?:computers?|pcs?|laptops?|tablets?|ipads?)\b/i;

export const ourComputerAskedAnswer = toldThenSaid(OUR_COMPUTER_ASKED_BY_SERVED, SERVED_NEVER_ON_OURS_SAID);

/**
 * Access to a kept folder or list asked for by one covering or new: "I'm covering the wednesday juniors for Neil next week, can someone give
 * me access to the medical folder so i know who's got what?". The one sentence naming that thing and the few who may open it.
 */
const FOLDER_ACCESS_ASKED = /\b(?:give|get|grant|send|share)\s+(?:me|him|her|them)\s+(?:access|a login|the login|permission)\s+(?:to|for|on)\s+(?:the\s+|our\s+)?(\w+)\s+(?:folder|files?|drive|list|records?|notes|portal|spreadsheet)\b/i;

/** A policy sentence that only some named people may open a thing: "kept in the Medical folder, which only Farah, Dominic and Neil can open". */
const ONLY_NAMED_OPEN_SAID = /\bonly\s+(?:[A-Z][a-z]+(?:,\s*|\s+and\s+|\s+or\s+))*[A-Z][a-z]+\s+(?:can|may)\s+(?:open|see|access|read|view|get into)\b/;

export const folderAccessAskedAnswer = toldOfThingThenSaid(FOLDER_ACCESS_ASKED, ONLY_NAMED_OPEN_SAID);

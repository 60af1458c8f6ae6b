// Papers with people's details gone out of our hands in ways the breach rules' older patterns did not reach: left in someone
// else's car or a café, found lying on a floor, a bag holding them not come back.
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { lossPolicyNaming, policiesByTitle, quoted } from '../quoted-policies.ts';
import { theBreachPolicy } from './breaches.ts';

/** A paper of the trade's, as staff name it. */
const PAPER = String.raw`(?:lists?|sheets?|papers?|paperwork|folders?|files?|document wallets?|forms?|registers?|notes|notebooks?|clipboards?|print-?outs?)`;

/**
 * Left where it is out of our hands: "left the thursday lunch club list on the back seat of gareths car", "left my document wallet on
 * the table in costa", "forgot the register on the bus". Not our own car or van, nor the office.
 */
const PAPER_LEFT_AWAY = new RegExp(
  String.raw`\b(?:left|forgot|dropped|mislaid)\s+(?:(?:the|a|an|his|her|my|our|their|some)\s+)?(?:[\w'’-]+\s+){0,4}?${PAPER}\b[^.?!]{0,40}?\b` +
    String.raw`(?:(?:on|in)\s+(?:the\s+)?(?:back|front|passenger)\s+seat\s+of\s+(?!my\b|our\b|the\b)[\w'’]+\s+(?:car|van|taxi)|(?:in|on)\s+(?!my\b|our\b|the\b|a\b)[a-z]+['’]?s\s+(?:car|van)|(?:in|on)\s+my\s+(?:friend|mate|mum|dad|partner|sister|brother|neighbour|son|daughter)['’]?s\s+(?:car|van)` +
    String.raw`|(?:in|at)\s+(?:costa|starbucks|greggs|mcdonalds|maccies|nero|pret|wetherspoons?|spoons|(?:the|a)\s+(?:pub|cafe|café|caff|coffee shop|library|station|bus station|hospital|restaurant))` +
    String.raw`|on\s+(?:the|a)\s+(?:bus|train|tram|tube|coach)|in\s+(?:a|the)\s+(?:taxi|cab|uber))\b`,
  'i',
);

/**
 * Found lying where anyone could pick it up: "found a signed consent form on the gym floor after tuesday session", "found one of the
 * delivery sheets blowing round the car park", "found a riders medical form blowing round the outdoor school" (blown about anywhere).
 * Not a blank one.
 */
const PAPER_FOUND_ON_FLOOR = new RegExp(
  String.raw`^(?!.*\b(?:blank|spare|empty|unused)\b).*\b(?:found|there['’]?s|there is|there are)\s+(?:(?:a|an|the|some|one of (?:the|our))\s+)?(?:[\w'’-]+\s+){0,3}?${PAPER}\b[^.?!]{0,30}?\b(?:(?:on|under|blowing\s+(?:round|around|about|across|down)|lying\s+(?:round|around|about|in))\s+the\s+(?:[\w-]+\s+){0,2}?(?:floor|ground|pavement|street|road|car ?park|stairs|steps|gutter)|blowing\s+(?:round|around|about|across)\s+(?:the\s+)?[\w-]+)\b`,
  'i',
);

/** A policy on papers found in the course of the work ("Found papers and personal items" at a house clearance firm): finding them is the job. */
const FOUND_IN_THE_JOB = /\bfound\b/i;

/** A bag or case with people's details in it, not come back: "kit bag with the lads medical cards in didnt come back from the show". */
const HOLDER_NOT_BACK = /\b((?:[\w-]+\s+)?(?:bag|folder|wallet|box|case|tin))\s+with\s+(?:the\s+)?[^.?!]{0,40}?\b(?:cards?|forms?|papers?|paperwork|files?|details|records|lists?|notes)\s+in(?:\s+it)?\s+(?:didn['’]?t|did not|never|hasn['’]?t|has not|hasnt|didnt)\s+(?:come|came|make it|turn(?:ed)? up)\b/i;

/**
 * A bag or file of papers had while out, and come back without: "had the sutcliffe carrier bag of receipts with me at lunch in the
 * cafe and come back without it".
 */
const HOLDER_COME_BACK_WITHOUT = /\b((?:[\w-]+\s+)?(?:bag|folder|wallet|box|case|file|envelope))\s+of\s+(?:[\w'’-]+\s+){0,2}?(?:receipts|papers|paperwork|files|forms|invoices|statements|documents|records|notes)\b[^.?!]{0,80}?\b(?:come|came|got|gone|went) (?:back|home) without (?:it|them)\b/i;

/**
 * Papers gone astray: the policy that names the bag or case that held them ("the kit bag with the medical cards"), where one
 * does, else the firm's breach policy.
 */
export function paperAstrayAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const holder = HOLDER_NOT_BACK.exec(question)?.[1] ?? HOLDER_COME_BACK_WITHOUT.exec(question)?.[1];
  const found = PAPER_FOUND_ON_FLOOR.test(question) && !policiesByTitle(ctx, FOUND_IN_THE_JOB).length;
  if (!holder && !PAPER_LEFT_AWAY.test(question) && !found) return undefined;
  const naming = holder ? lossPolicyNaming(ctx, holder) : undefined;
  const breach = theBreachPolicy(ctx);
  return naming ?? (breach ? quoted([breach]) : undefined);
}

/**
 * Someone's details come to be with one who should not have them, however: "a carer's new address has somehow ended up with the
 * child's birth mum", "her number got out to her ex". ("Ended up" is read as "went" by then: retellings.ts.)
 */
const DETAILS_GOT_OUT = /\b(?:address(?:es)?|numbers?|details|e-?mails?|info|information|reports?|files?|photos?|notes|records?)\b[^.?!]{0,40}?\b(?:(?:has|have|had)\s+)?(?:somehow\s+(?:ended up|end up|went|gone)\s+with|(?:ended up|end up|went|gone)\s+with\s+(?:the\s+|her\s+|his\s+|their\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:birth (?:mum|mom|dad|parents?|family|mother|father)|ex|ex-partner|abuser|neighbours?|wrong|another|other|someone else|press|journalists?)|(?:got out|gotten out|leaked|found (?:its|their) way)\s+(?:with|to|in|into))\b/i;

/** Someone's details come to be where they should not: the firm's breach policy. */
export function detailsGotOutAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const breach = DETAILS_GOT_OUT.test(question) ? theBreachPolicy(ctx) : undefined;
  return breach ? quoted([breach]) : undefined;
}

// Stories of a gaming floor told in a staff member's words: a player showing signs of harm, one asking to be barred from playing, a
// child brought up to a machine. The policy sentence that rules on it answers, found by what it says (a firm's safer-gambling or age
// rules), never by a policy id; a firm with no such sentence gets nothing from here. Read in the eightieth round (focus set 84).
//
// Every run of free words between the words of a story is bounded ({0,n}), and a look-ahead over the whole question for a word that rules
// a story out is read once from its start: a pasted email must not make a pattern's work grow with its length cubed.
import { toldThenSaid } from '../quoted-policies.ts';

/** Where people play: a terminal, a handset, a machine of the floor (not a card machine or a washing machine). */
const GAMING_PLACE = String.raw`(?:terminals?|handsets?|(?:fruit|slot|gaming|bandit|penny|fixed odds|roulette)\s+machines?|machines|fobts?|slots|penny falls|pushers?|bingo|roulette)`;

/**
 * A player showing signs of harm, told: "mrs k has been on the handset 6 hrs and just asked marie to lend her a tenner", "lad's been on
 * the fobt since we opened, chasing his losses", "asked to borrow twenty quid off me for the machine", "been feeding the machine for hours,
 * keeps going to the cashpoint". Hours at play, borrowing to play, losses chased; not an engineer at the machines all day.
 */
const HARM_SIGNS_TOLD = new RegExp(
  String.raw`^(?!.*\b(?:engineers?|technicians?|repair\w*|fitters?|cleaners?|contractors?|electricians?|cashiers?|colleagues?|staff|barman|barmaid|workmates?|new starters?)\b)(?:.*?)(?:` +
    String.raw`\b(?:been\s+on|on|at|playing)\s+(?:the\s+|a\s+|her\s+|his\s+)?${GAMING_PLACE}\b[^.?!]{0,30}?\b(?:\d+\s*(?:hrs?|hours?)|(?:five|six|seven|eight|nine|ten)\s+hours|all\s+(?:day|night|afternoon)|since\s+(?:we\s+opened|opening|10|11|this morning))\b` +
    String.raw`|\b(?:\d+\s*(?:hrs?|hours?)|all\s+(?:day|afternoon))\s+(?:on|at)\s+(?:the\s+)?${GAMING_PLACE}\b` +
    String.raw`|\bchasing\s+(?:his|her|their)\s+loss(?:es)?\b|\b(?:win|winning)\s+back\s+(?:what|the money)\b` +
    String.raw`|\b(?:asked|asking|wants?|wanted)\s+(?:\w+\s+)?(?:to\s+)?(?:lend|borrow|loan)\b[^.?!]{0,20}?\b(?:tenner|fiver|twenty|money|cash|quid|£\s?\d+|\d+\s*quid)\b` +
    // Feeding a machine for hours, trips to the cash machine, a loan asked, play since the morning.
    String.raw`|\bfeeding\s+(?:the|a|that)\s+(?:[\w-]+\s+)?machines?\b|\b(?:keeps?|kept)\s+(?:going|nipping|popping|running)\s+(?:out\s+)?to\s+the\s+(?:cash ?point|cash machine|atm)\b` +
    String.raw`|\bhave\s+a\s+loan\b|\bplaying\s+(?:since\s+(?:half\s+)?\d|for\s+(?:\d+\s*(?:hrs?|hours?)|hours)))`,
  'i',
);

/** A policy sentence on the signs of harm from gambling: "If you notice signs of harm (long sessions, chasing losses, borrowing …)". */
const HARM_SIGNS_SAID = /\bsigns of (?:gambling )?harm\b(?=[^.]*\b(?:chasing|losses|long sessions|borrow\w*)\b)/i;

export const harmSignsAnswer = toldThenSaid(HARM_SIGNS_TOLD, HARM_SIGNS_SAID);

/**
 * A player asking to be kept from playing: "regular wants to ban himself, says hes losing too much", "can i bar myself from the
 * machines", "bloke asked us to stop him coming in". Asked of himself, not a barring for trouble ("we barred him for fighting"), nor one
 * self-excluded already ("someone self excluded ages ago, can we wipe their record"), nor one the manager wants kept out; told as a break
 * ("take a break from coming here for 6 months") or bets refused ("stop taking her bets").
 */
const SELF_EXCLUSION_TOLD =
  /^(?!.*\b(?:manager|boss|owner|we|i)\s+(?:wants?|wanted|asked|decided)\b)(?:.*?)(?:\btake\s+a\s+break\s+from\s+(?:coming|playing|gambling|betting)\b(?<=^(?=.*\b(?:spending|spent|losing|lost|losses|money|gambling|betting|bets?|habit|control|addict\w*|problem)\b).*)|\bstop\s+taking\s+(?:her|his|their)\s+bets\b|\b(?:ban|bar|exclude|block)\s+(?:himself|herself|themselves|themself|myself)\b|\b(?:asked|asks|asking)\s+(?:if|whether)\s+(?:we|you)\s+(?:could|can|would)\s+(?:stop|ban|bar|exclude)\s+(?:him|her|them)\b|\b(?:wants?|wanted|asked|asking|asks)\s+(?:us\s+|me\s+|about\s+)?(?:to\s+)?(?:self[- ]?(?:ban|bar|exclu\w*)|be\s+(?:banned|barred|excluded)|(?:ban|bar|exclude|block)\s+(?:him|her|them)\b|stop(?:ped)?\s+(?:him|her|them)\s+(?:from\s+)?(?:coming|playing|gambling|betting))\b)/i;

/** A policy sentence on how someone is barred at their own asking: "A customer who wants to self-exclude is taken to a quiet room", "A customer can self-exclude at the counter". */
const SELF_EXCLUSION_SAID = /\b(?:wants?|asks?)\s+to\s+self-exclude\b|\bcan\s+self-exclude\b/i;

export const selfExclusionAnswer = toldThenSaid(SELF_EXCLUSION_TOLD, SELF_EXCLUSION_SAID);

/** A child, by a word for one or an age: "her 10 yr old", "the kiddie", "little lad". */
const CHILD = String.raw`(?:child|children|kids?|kiddies?|kiddie|toddler|little (?:one|lad|girl|boy)|(?:son|daughter|grandson|granddaughter)|(?:[1-9]|1[0-7])\s*(?:yr|year)s?[- ]?olds?)`;

/** A child brought to play or sit at a machine: "can the kiddie sit next to her on the terminal", "lets her 8 year old press the buttons on the fruit machine". */
const CHILD_AT_MACHINE_TOLD = new RegExp(
  String.raw`\b${CHILD}\b[^.?!]{0,50}?\b(?:sit|sat|sitting|stand|play|playing|press|pressing|use|using|next to|with|on (?:his|her|their) lap)\b[^.?!]{0,30}?\b${GAMING_PLACE}\b`,
  'i',
);

/** A policy sentence keeping children from machines: "never let a child near a terminal", "Nobody under 18 may … play a machine". */
const CHILD_AT_MACHINE_SAID = new RegExp(String.raw`\b(?:child|children|under[- ]?18s?|minors?)\b[^.]*\b(?:near|on|at|play|use)\b[^.]*\b(?:${GAMING_PLACE}|(?:a|the|any)\s+machine)\b`, 'i');

export const childAtMachineAnswer = toldThenSaid(CHILD_AT_MACHINE_TOLD, CHILD_AT_MACHINE_SAID);

/**
 * One who barred themselves back at play: "bloke who self excluded last year just walked in", "lady on the self exclusion list is on the
 * handsets". Not their record asked after ("someone self excluded ages ago … can we wipe their record now").
 */
const EXCLUDED_BACK_TOLD = new RegExp(
  String.raw`\b(?:self[- ]?excluded|self[- ]?exclusion|(?:banned|barred)\s+(?:himself|herself|themselves))\b[^.?!]{0,60}?\b(?:came in|comes? in|walked in|walks in|is in|back in|at the door|turned up|turns up|playing|on\s+(?:the\s+)?${GAMING_PLACE}|wants?\s+to\s+(?:play|bet)|placing|put(?:ting)?\s+(?:a\s+)?bets?|(?:is|are|was)\s+back)\b`,
  'i',
);

/**
 * A policy sentence on one excluded who comes back: "A self-excluded customer who comes in is asked to leave", "If you recognise an excluded
 * customer"; not a list of breaches that names "a text sent to a self-excluded member" beside "the self-exclusion list seen by a customer".
 */
const EXCLUDED_BACK_SAID = /\b(?:self-)?excluded\s+(?:customer|member|player|person)\s+(?:who|that)\s+(?:comes?|returns?|turns? up|is seen|plays?)\b|\b(?:recognise|see|spot)\s+(?:an?\s+)?(?:self-)?excluded\s+(?:customer|member|player|person)\b/i;

export const excludedBackAnswer = toldThenSaid(EXCLUDED_BACK_TOLD, EXCLUDED_BACK_SAID);

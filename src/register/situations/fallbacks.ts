// A device or system we work on down, with how to carry on asked: the policy sentence that says what to do when it is.
import type { Policy, Supplier } from '../../config/schema.ts';
import type { QaAnswer, QaContext } from '../qa-context.ts';
import { policiesSayingWhole, theOnly } from '../quoted-policies.ts';
import { escapeRegExp } from '../text.ts';

/**
 * The thing we work on, told down or dead: "ipads are down again", "host tablet just died", "the app's not working", "the booking
 * system won't load". The thing is the word before the trouble.
 */
const DEVICE_DOWN = /\b(ipads?|tablets?|laptops?|apps?|systems?|till|wi-?fi|internet|signal)\s+(?:is\s+|are\s+|['’]s\s+|has\s+|have\s+|just\s+|has just\s+|keeps?\s+)?(?:down|dead|died|crashed|gone (?:down|off)|not working|stopped working|(?:won['’]?t|wont|will not) (?:load|turn on|work|connect|sync))\b/i;

/** How to carry on asked: "where am i meant to write up the daily notes today", "how do they do it??", "what do we do". */
const CARRY_ON_ASKED = /\b(?:where|how|what)\b[^?]*\b(?:do|does|did|am|are|is|should|can|meant|supposed)\b|\b(?:can|could|should|shall)\s+i\s+(?:just\s+)?(?:write|type|jot|put|keep|record|do)\s+(?:my|the|them|it|our)\b/i;

/**
 * One of our systems told down by its name: "birdie wont load", "cliniko's crashed again". Not "is down", which of a name that is a word
 * is as often a count ("the rota is down to 2 carers", "the accounts are down this quarter").
 */
function namedSystemDown(ctx: QaContext, question: string): Supplier | undefined {
  const lower = question.toLowerCase();
  return ctx.config.suppliers.find((s) =>
    [s.name, ...(s.aliases ?? [])].some((n) => {
      if (n.length < 3 || !lower.includes(n.toLowerCase())) return false;
      return new RegExp(String.raw`\b${escapeRegExp(n)}(?:['’]s)?\s+(?:app\s+)?(?:has\s+|just\s+|keeps?\s+)?(?:crashed|crashing|not working|stopped working|(?:won['’]?t|wont|will not)\s+(?:load|work|open|sync|connect))\b`, 'i').test(question);
    }),
  );
}

/** The trouble a system told down by its name has, looked for before every supplier's name is. */
const NAMED_DOWN_WORD = /\b(?:crash\w*|not working|stopped working|won['’]?t|wont|will not)\b/i;

/** Whether a policy names the supplier, so its sentence on "the app" down is that system's (not the minibus app's for a till down). */
const namesSupplier = (p: Policy, s: Supplier) => [s.name, ...(s.aliases ?? [])].some((n) => n.length > 2 && new RegExp(String.raw`\b${escapeRegExp(n)}\b`, 'i').test(p.text));

/** A policy sentence on when the thing is down: "if the iPads are down, use the paper day sheet", "unless the tablet is dead. If it is, …". */
function downSaid(thing: string): RegExp {
  const stem = thing.toLowerCase().replace(/s$/, '').replace(/^wi-?fi$/, 'wi-?fi');
  return new RegExp(String.raw`\b(?:if|when|unless|while)\b[^.]*\b${stem}s?\b[^.]*\b(?:down|dead|not working|offline|fails?|broken|flat)\b`, 'i');
}

/**
 * A policy sentence on the app or system down, or that system by its name, said close: "If the app or your phone is down, use a paper
 * back-up sheet", "if Cliniko is down"; not "take my kid off your system", write down who asked", where the down is another's.
 */
function namedSystemDownSaid(s: Supplier): RegExp {
  const names = [s.name, ...(s.aliases ?? [])].filter((n) => n.length > 2).map(escapeRegExp).join('|');
  return new RegExp(String.raw`\b(?:if|when|unless|while)\b[^.]*\b(?:apps?|systems?|${names})\b(?:\s+or\s+(?:your\s+|the\s+|a\s+)?[\w-]+)?\s+(?:is\s+|are\s+|goes\s+|go\s+|has\s+|have\s+|keeps\s+)?(?:down|dead|not working|offline|fails?|broken|crash\w*)\b`, 'i');
}

/**
 * A device or system down, with how to carry on asked: the one policy with a sentence on what to do when that thing is down (the
 * paper day sheet, the paper forms in the grey wallet), before the entry of the supplier the work is done on.
 */
export function carryOnWhenDownAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  if (!CARRY_ON_ASKED.test(question)) return undefined;
  const thing = DEVICE_DOWN.exec(question)?.[1];
  if (thing) {
    const said = downSaid(thing);
    return theOnly(policiesSayingWhole(ctx, (s) => said.test(s)));
  }
  // A system down by its own name: the sentence of a policy that names that system (its own "if Cliniko is down", or "the app").
  const named = NAMED_DOWN_WORD.test(question) ? namedSystemDown(ctx, question) : undefined;
  if (!named) return undefined;
  const said = namedSystemDownSaid(named);
  return theOnly(policiesSayingWhole(ctx, (s) => said.test(s)).filter((p) => namesSupplier(p, named)));
}

// The few words of data protection every new starter asks the meaning of ("what is personal data?", "what's the ICO?"),
// answered from the law rather than the register, where nothing of the firm's answered: a fixed, cited definition, and whom
// to ask for how the firm applies it. Only a bare question of meaning: "what's a data breach?" and "what is a subject access
// request?" are the firm's own policies where it has them, which answer before this.
import { reply, type QaAnswer, type QaContext } from './qa-context.ts';

interface Term {
  /** The term as asked, after "what is". */
  asked: RegExp;
  definition: string;
}

const TERMS: readonly Term[] = [
  {
    asked: /personal (?:data|information|info)/,
    definition:
      'Personal data is any information relating to an identified or identifiable living person: a name, contact details, an ID number, location data, an online identifier, a photo or recording of them, or anything that can be linked back to them (UK GDPR, Article 4(1)).',
  },
  {
    asked: /(?:special categor(?:y|ies)(?: (?:of )?(?:personal )?data)?|sensitive (?:personal )?data)/,
    definition:
      'Special category data is personal data revealing racial or ethnic origin, political opinions, religious or philosophical beliefs or trade union membership, and genetic data, biometric data used to identify someone, data about health, or about a person\'s sex life or sexual orientation; it needs extra protection and a further condition to use it (UK GDPR, Article 9). Criminal offence data has rules of its own (Article 10).',
  },
  {
    asked: /(?:a )?(?:data )?(?:controller|processor)s?(?: and (?:a )?(?:data )?(?:controller|processor)s?)?|(?:the )?difference between (?:a )?(?:data )?controllers? and (?:a )?(?:data )?processors?/,
    definition:
      'A controller decides why and how personal data is used; a processor uses it only on a controller\'s behalf and on its instructions (UK GDPR, Article 4(7) and (8)). We are the controller of the data we hold for our own purposes; our suppliers are mostly our processors.',
  },
  {
    asked: /(?:the )?ico|(?:the )?information commissioner(?:'s office)?/,
    definition:
      'The ICO, the Information Commissioner\'s Office, is the UK\'s regulator for data protection: it takes complaints, is told of serious personal data breaches (within 72 hours), and can fine or order a firm to put things right.',
  },
  {
    asked: /(?:the )?(?:uk )?gdpr/,
    definition:
      'The UK GDPR (General Data Protection Regulation), with the Data Protection Act 2018, is the UK law on using personal data: it must be used lawfully, fairly and openly, for a stated purpose, kept to what is needed, accurate, no longer than needed, and secure, and people have rights over it (to see it, correct it, have it erased, object).',
  },
  {
    asked: /(?:a )?lawful bas(?:is|es)|legitimate interests?/,
    definition:
      'A lawful basis is the reason the law accepts for using personal data; there are six: consent, a contract with the person, a legal obligation, vital interests, a public task, and legitimate interests (a genuine need that the person would expect and that does not override their rights) (UK GDPR, Article 6).',
  },
];

/** A bare question of what a term means: "what is personal data?", "what does GDPR mean", "whats a processor". */
const MEANING_ASKED = /^\s*(?:what does|what do|what counts as|what(?:['’]s| is| are)|whats|what|define|explain|meaning of)\s+(?:a |an |the )?(.+?)(?:\s+(?:mean|means|stand for|stands for))?\s*[?.!]*\s*$/i;

/** The definition of a term asked bare, with whom to ask for how the firm applies it; none for anything else. */
export function glossaryAnswer(ctx: QaContext, question: string): QaAnswer | undefined {
  const term = MEANING_ASKED.exec(question)?.[1]?.toLowerCase().replace(/[’]/g, "'");
  if (!term) return undefined;
  const found = TERMS.find((t) => new RegExp(`^(?:${t.asked.source})$`).test(term));
  // Answered, so neither kept as a gap nor read again by a model: a help, like "what can you do?".
  return found ? reply('help', `${found.definition} For how we apply it here, ask ${ctx.contact}.`) : undefined;
}

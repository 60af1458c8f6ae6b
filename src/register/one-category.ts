import type { Supplier } from '../config/schema.ts';
import { SUPPLIER_STOP, termsOf } from './field-index.ts';
import type { Thesaurus } from './thesaurus.ts';

/** The terms of one piece of an entry's data, each word's stem and concepts together. */
const termSet = (text: string, thesaurus: Thesaurus) => new Set(termsOf(text, thesaurus, SUPPLIER_STOP).flat());

/** A unit of a question that says what it is about: not a stop-word's phrase mark nor a phrase's later word. */
const saysWhat = (unit: readonly string[]) => unit.some((t) => !t.startsWith('p:') && t !== 'c:');

/** An entry's data read piece by piece: each category (and what we pass it), whether it names people of its own, and the subjects. */
interface Pieces {
  pieces: Set<string>[];
  ownPeople: boolean[];
  subjects: Set<string>;
  held: Set<string>;
}

/** Each entry's pieces, read once per thesaurus (an index), not once per question: holder questions range over every entry. */
const piecesCache = new WeakMap<Thesaurus, WeakMap<Supplier, Pieces>>();

function piecesOf(s: Supplier, thesaurus: Thesaurus, people: ReadonlySet<string>): Pieces {
  const cache = piecesCache.get(thesaurus) ?? new WeakMap<Supplier, Pieces>();
  piecesCache.set(thesaurus, cache);
  const cached = cache.get(s);
  if (cached) return cached;
  const texts = [...s.dataCategories, ...(s.sharedData ? [s.sharedData] : [])];
  const pieces = texts.map((text) => termSet(text, thesaurus));
  // Whose a piece is about is said before its brackets ("staff files (…sickness notes)"); inside them it is detail ("conditions relevant to caring for children").
  // Who wrote it is not whose it is: "medical notes entered by parents" are the members' notes; nor is leave a parent may take
  // ("statutory sick pay and parental leave" of a payroll is staff's).
  const ownPeople = texts.map((text) => [...termSet(text.split('(')[0]!.replace(/\bby\b.*/i, '').replace(/\bparental\b/gi, ''), thesaurus)].some((t) => people.has(t)));
  const subjects = termSet(s.dataSubjects.join(' , '), thesaurus);
  const read = { pieces, ownPeople, subjects, held: new Set([...pieces.flatMap((p) => [...p]), ...subjects]) };
  cache.set(s, read);
  return read;
}

/**
 * "Health info about brides": a kind of data about someone is held where ONE piece of the entry's
 * data says both (a data category, or what we pass it), not where the words are pooled across the
 * entry ("staff sickness notes" beside "emails with brides"). Whose it is may come from the entry's
 * data subjects only for a piece that names no kind of person of its own before its brackets
 * ("health notes for the fitting" of a register about brides); one that does ("staff files") must
 * itself name the kind of person asked. `people` are the terms that name kinds of person. A
 * question of one word that says what it is about passes every holder, as before.
 */
export function onePieceHolder(question: string, thesaurus: Thesaurus, people: ReadonlySet<string>): (s: Supplier) => boolean {
  const asked = termsOf(question, thesaurus, SUPPLIER_STOP).filter(saysWhat);
  if (asked.length < 2) return () => true;
  const has = (set: ReadonlySet<string>) => (u: readonly string[]) => u.some((t) => set.has(t));
  const isPeople = has(people);
  return (s) => {
    const { pieces, ownPeople, subjects, held } = piecesOf(s, thesaurus, people);
    // Only the question's words this entry's data has at all: the others are held by no one, and skipped as holders() does.
    const units = asked.filter(has(held));
    // A word only the data subjects have ("wedding" of "wedding guests") says whose, not what.
    const whose = units.filter((u) => isPeople(u) || !pieces.some((piece) => has(piece)(u)));
    const what = units.filter((u) => !whose.includes(u));
    if (whose.length === 0 || what.length === 0) return true;
    // Each kind of data asked in a piece about the people asked: "customer names and addresses" may be two pieces
    // ("customer contact details (name…)", "delivery addresses"), each about customers.
    const aboutWhose = (piece: Set<string>, i: number) => whose.every((u) => has(piece)(u) || has(subjects)(u)) && (!ownPeople[i] || whose.filter(isPeople).every(has(piece)));
    return what.every((u) => pieces.some((piece, i) => has(piece)(u) && aboutWhose(piece, i)));
  };
}

import type { Supplier } from '../config/schema.ts';
import { SUPPLIER_STOP, termsOf } from './field-index.ts';
import type { Thesaurus } from './thesaurus.ts';

/** The terms of one piece of an entry's data, each word's stem and concepts together. */
const termSet = (text: string, thesaurus: Thesaurus) => new Set(termsOf(text, thesaurus, SUPPLIER_STOP).flat());

/** A unit of a question that says what it is about: not a stop-word's phrase mark nor a phrase's later word. */
const saysWhat = (unit: readonly string[]) => unit.some((t) => !t.startsWith('p:') && t !== 'c:');

/**
 * "Health info about brides": a kind of data about someone is held where ONE piece of the entry's
 * data says both (a data category, or what we pass it), not where the words are pooled across the
 * entry ("staff sickness notes" beside "emails with brides"). Whose it is may come from the entry's
 * data subjects only for a piece that names no kind of person of its own ("health notes for the
 * fitting" of a register about brides); a piece that does ("staff files") is about those people.
 * `people` are the terms that name kinds of person. True where the question names no person and
 * no thing together, so every other holder question reads as before.
 */
export function holdsInOnePiece(s: Supplier, question: string, thesaurus: Thesaurus, people: ReadonlySet<string>): boolean {
  const texts = [...s.dataCategories, ...(s.sharedData ? [s.sharedData] : [])];
  const pieces = texts.map((text) => termSet(text, thesaurus));
  // Whose a piece is about is said before its brackets ("staff files (…sickness notes)"); inside them it is detail ("conditions relevant to caring for children").
  const ownPeople = texts.map((text) => [...termSet(text.split('(')[0]!, thesaurus)].some((t) => people.has(t)));
  const subjects = termSet(s.dataSubjects.join(' , '), thesaurus);
  const held = new Set([...pieces.flatMap((p) => [...p]), ...subjects]);
  // Only the question's words this entry's data has at all: the others are held by no one, and skipped as holders() does.
  const units = termsOf(question, thesaurus, SUPPLIER_STOP).filter((u) => saysWhat(u) && u.some((t) => held.has(t)));
  // A word only the data subjects have ("wedding" of "wedding guests") says whose, not what.
  const inPieces = (u: readonly string[]) => pieces.some((piece) => u.some((t) => piece.has(t)));
  const whose = units.filter((u) => u.some((t) => people.has(t)) || !inPieces(u));
  const what = units.filter((u) => !whose.includes(u));
  if (whose.length === 0 || what.length === 0) return true;
  const has = (set: Set<string>) => (u: readonly string[]) => u.some((t) => set.has(t));
  const isPeople = has(people as Set<string>);
  // Each "whose" word in the piece or the subjects; a piece about people of its own ("staff files") must itself name the kind of person asked.
  return pieces.some((piece, i) => what.every(has(piece)) && whose.every((u) => has(piece)(u) || has(subjects)(u)) && (!ownPeople[i] || whose.filter(isPeople).every(has(piece))));
}

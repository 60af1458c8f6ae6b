import type { Policy } from '../config/schema.ts';
import { POLICY_STOPWORDS, termsOf } from './field-index.ts';
import { stemWord, type Thesaurus } from './thesaurus.ts';

/** One sentence of a policy (or its title and keywords), as the terms it holds. */
interface Passage {
  policy: Policy;
  text: string;
  /** The policy's title and keywords, read with each of its sentences; never quoted alone. */
  head: boolean;
  /** How often each term (stem, concept or two-word phrase) occurs in it. */
  counts: Map<string, number>;
  length: number;
}

/** The best passage for a question, how well it scored and how many of the question's words it met. */
export interface PassageMatch {
  policy: Policy;
  passage: string;
  score: number;
  /** Words of the question (not stop-words) that the passage meets. */
  words: number;
  /** ...of them, those that say more than whose data it is. */
  strong: number;
  /** Words of the question that the policy's title or keywords meet: what the policy is about, not only what a sentence mentions. */
  about: number;
}

/** BM25's constants: how fast a repeated term stops counting, and how much length matters (less than usual: a policy's sentence of examples is long). */
const K1 = 1.2;
const B = 0.5;
/** A match through the thesaurus counts less than the word itself, as in the field index. */
const CONCEPT_WEIGHT = 0.7;
/** A two-word phrase met as a phrase adds a little to its words' own match. */
const PHRASE_WEIGHT = 0.5;

/**
 * Words that say nothing of a situation: the policy stop-words and the grammar between them, but
 * not how long, keep, hold or list, which a sentence on records or lists is about ("how long do we keep…").
 */
const PASSAGE_STOP: ReadonlySet<string> = new Set([
  ...[...POLICY_STOPWORDS].filter((w) => !['long', 'keep', 'kept', 'hold', 'held', 'store', 'stored', 'list'].includes(w)),
  ...('he she him his her hers up down out off over under after before once then than also too very but so because while ' +
    'into onto from by as am be being come came comes went goes gone let lets yes ok okay anyone anybody everyone').split(' '),
]);

/** A text as its whole sentences: "take them on the society phone if you can; if you use your own phone…" is one rule. */
export function wholeSentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/);
}

/** A policy's text as its sentences (and the parts of a sentence a semicolon divides). */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+(?=\S)/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * The policies' sentences, each a passage scored by BM25 against a question: a situation told in
 * everyday words ("grandad turned up to collect but he's not on the list") meets the one sentence
 * that covers it ("someone not on the list must give the family's collection password"), where the
 * policy's keywords and title alone say too little. Stems and thesaurus concepts, as elsewhere.
 */
export class PolicyPassages {
  private readonly passages: Passage[] = [];
  /** In how many passages each term occurs. */
  private readonly docFreq = new Map<string, number>();
  private readonly averageLength: number;
  private readonly thesaurus: Thesaurus;

  constructor(policies: readonly Policy[], thesaurus: Thesaurus) {
    this.thesaurus = thesaurus;
    for (const policy of policies) {
      // The title and keywords are a passage too: what the policy is about, said in a line.
      const head = `${policy.title}, ${policy.keywords.join(', ')}`;
      for (const text of [head, ...sentencesOf(policy.text)]) {
        const counts = new Map<string, number>();
        const units = termsOf(text, thesaurus, PASSAGE_STOP);
        for (const term of new Set(units.flat())) this.docFreq.set(term, (this.docFreq.get(term) ?? 0) + 1);
        for (const term of units.flat()) counts.set(term, (counts.get(term) ?? 0) + 1);
        this.passages.push({ policy, text, head: text === head, counts, length: units.length });
      }
    }
    this.averageLength = this.passages.reduce((sum, p) => sum + p.length, 0) / Math.max(1, this.passages.length);
  }

  /** BM25's inverse document frequency: a term in few passages says more. */
  private idf(term: string): number {
    const n = this.passages.length;
    const df = this.docFreq.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** One term's BM25 weight in one passage (0 when it is not there). */
  private termScore(term: string, passage: Passage): number {
    const tf = passage.counts.get(term);
    if (!tf) return 0;
    const norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * (passage.length / this.averageLength)));
    const kind = term.startsWith('p:') ? PHRASE_WEIGHT : term.startsWith('~') && !term.startsWith('~f') ? CONCEPT_WEIGHT : 1;
    return this.idf(term) * norm * kind;
  }

  /**
   * The question with a word no policy writes, typed run together where the policies write it as two ("keysafe" of "key safe",
   * "handover" of "hand over"), written apart: staff type such pairs as one word as often as not.
   */
  private apart(question: string): string {
    return question.replace(/\b[a-z]{6,}\b/gi, (word) => {
      const folded = word.toLowerCase();
      if (this.docFreq.has(stemWord(folded))) return word;
      for (let i = 3; i <= folded.length - 3; i++) {
        const [one, two] = [folded.slice(0, i), folded.slice(i)];
        if (this.docFreq.has(`p:${stemWord(one)} ${stemWord(two)}`)) return `${one} ${two}`;
      }
      return word;
    });
  }

  /** Each question unit's best reading in a passage: its word (or concept) and its phrase with the next word. */
  private unitScores(units: readonly (readonly string[])[], passage: Passage): { word: number; phrase: number }[] {
    return units.map((unit) => {
      let word = 0;
      let phrase = 0;
      for (const term of unit) {
        const s = this.termScore(term, passage);
        if (term.startsWith('p:')) phrase = Math.max(phrase, s);
        else word = Math.max(word, s);
      }
      return { word, phrase };
    });
  }

  /**
   * Each policy's sentence that best covers the question, best first, read with its policy's title
   * and keywords (each word of the question counts once, where it scores more): "how long do we keep
   * old registers" meets the records policy by its keyword "how long" and its sentence on registers
   * together. `weak` says which words only say whose data it is ("child", "customer").
   */
  ranked(question: string, weak: (unit: readonly string[]) => boolean): PassageMatch[] {
    const units = termsOf(this.apart(question), this.thesaurus, PASSAGE_STOP).map((unit) => unit.filter((t) => t !== 'c:'));
    const top = new Map<Policy, PassageMatch>();
    let head: { policy: Policy; scores: { word: number; phrase: number }[] } | undefined;
    for (const passage of this.passages) {
      const scores = this.unitScores(units, passage);
      if (passage.head) {
        head = { policy: passage.policy, scores };
        continue;
      }
      let score = 0;
      let words = 0;
      let strong = 0;
      let about = 0;
      units.forEach((unit, i) => {
        const fromHead = head?.policy === passage.policy ? head.scores[i]! : { word: 0, phrase: 0 };
        if (fromHead.word > 0) about++;
        const word = Math.max(scores[i]!.word, fromHead.word);
        score += word + Math.max(scores[i]!.phrase, fromHead.phrase);
        if (word > 0) {
          words++;
          if (!weak(unit)) strong++;
        }
      });
      const old = top.get(passage.policy);
      if (score > 0 && (!old || score > old.score)) top.set(passage.policy, { policy: passage.policy, passage: passage.text, score, words, strong, about });
    }
    return [...top.values()].sort((a, b) => b.score - a.score);
  }
}

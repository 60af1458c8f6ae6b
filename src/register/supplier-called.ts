// Whether a supplier of ours is called by a phrase, its words run together or apart ("When I Work", "WhenIWork"): a
// phrase read as a stranger's product is no stranger's when it is one of our names or aliases. Readers differ only in
// how loosely a name may be said (with "the", by one of its words), so they share one test and one set of names.
import type { VigilConfig } from '../config/schema.ts';
import type { QaContext } from './qa-context.ts';

/** How a phrase may call a supplier of ours besides by its whole name or alias run together. */
export interface CalledOptions {
  /** A leading "the" is no part of a name, the phrase's or ours: "the courier" is "Courier", "The Hut" is "hut". */
  readonly dropThe?: boolean;
  /** Or one of the phrase's words (split at spaces, as given) is a whole name or alias: "dpd tracked" for DPD. */
  readonly byAWord?: boolean;
  /**
   * The phrase is one word, folded but never squashed ("we transfer" is no word of ours), which may be any whole word of a
   * name or alias too: "microsoft" of "Microsoft 365", never inside a word ("low" of "Kestrel & Lowe").
   */
  readonly oneWord?: boolean;
}

/** A name folded and run together: "When I Work" is "wheniwork"; with `dropThe`, "The Hut" is "hut". */
function squash(name: string, dropThe: boolean): string {
  const folded = name.toLowerCase();
  return (dropThe ? folded.replace(/^the /, '') : folded).replace(/[^a-z0-9]+/g, '');
}

/** Every supplier's name and alias, run together (with and without a leading "the") and word by word, folded. */
interface Names {
  readonly squashed: ReadonlySet<string>;
  readonly squashedWithoutThe: ReadonlySet<string>;
  readonly words: ReadonlySet<string>;
}

/** Made once for each config: the readers that ask run on every question. */
const NAMES = new WeakMap<VigilConfig, Names>();
function namesOf(config: VigilConfig): Names {
  let names = NAMES.get(config);
  if (!names) {
    const said = config.suppliers.flatMap((s) => [s.name, ...s.aliases]);
    names = {
      squashed: new Set(said.map((n) => squash(n, false))),
      squashedWithoutThe: new Set(said.map((n) => squash(n, true))),
      words: new Set(said.flatMap((n) => n.toLowerCase().split(/[^a-z0-9]+/))),
    };
    NAMES.set(config, names);
  }
  return names;
}

/** Whether a supplier of ours is called by `phrase`: its whole name or an alias, apart or run together, as `options` allow. */
export function supplierCalled(ctx: QaContext, phrase: string, options: CalledOptions = {}): boolean {
  const { dropThe = false, byAWord = false, oneWord = false } = options;
  const names = namesOf(ctx.config);
  const whole = dropThe ? names.squashedWithoutThe : names.squashed;
  const key = oneWord ? phrase.toLowerCase() : squash(phrase, dropThe);
  return whole.has(key) || (oneWord && names.words.has(key)) || (byAWord && phrase.split(' ').some((w) => whole.has(w)));
}

export interface HeldOutCase {
  /** The example folder under examples/. */
  ws: string;
  q: string;
  /** Facts the answer must contain (matched case-insensitively as substrings): supplier names as written in vigil.yaml, regions as short codes like "EU", "UK", "US", durations as you'd expect them said (e.g. "6 years" for P6Y, "3 months" for P3M), policy or supplier ids, the data-protection contact's name when the answer should say "ask X". Keep each fact short and unambiguous. */
  has: string[];
  /** Facts that must NOT appear (matched case-sensitively as written), e.g. another supplier's name or region. */
  not?: string[];
}

/** A case of the reference block: written blind like a round, never read, scored by kind of question. */
export interface ReferenceCase extends HeldOutCase {
  kind: 'field' | 'list' | 'situation' | 'off-topic' | 'new-tool';
}

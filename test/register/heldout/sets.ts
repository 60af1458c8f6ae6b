// Which question sets have been read (development) and which are held out: the one place both the scores
// (bench/qa-heldout.ts) and the question-kind model's trainer (scripts/train-question-kinds.ts) read it, so
// the model is never trained on a set kept for measuring.

/** The last round whose failures have been read: it and every round before it are development sets, but for those held out. */
export const LAST_READ = 115;
/** Rounds before LAST_READ kept held out as a validation set: scored as counts only, never read (round 67, from the fortieth round; round 72, from the forty-first; rounds 79, 83 and 85, from the forty-second; rounds 89 and 91, from the forty-third; rounds 93 and 95, from the forty-fourth; round 96, from the forty-fifth; round 97, from the forty-sixth; round 98, from the forty-seventh, held out once and read in the forty-eighth; round 99, from the forty-eighth, held out once and read in the forty-ninth; round 100, from the forty-ninth, held out once and read in the fiftieth; round 101, from the fiftieth, held out once and read in the fifty-first; round 103, from the fifty-first, held out once and read in the fifty-second; round 104, from the fifty-second, held out while round 105, written in the same round, was scored once and read; round 106, from the fifty-third, read in the fifty-fourth; round 108, from the fifty-fourth, read in the fifty-fifth; round 109, from the fifty-fifth, read in the fifty-sixth; round 110, from the fifty-sixth, read in the fifty-seventh; round 111, from the fifty-seventh, read in the fifty-eighth; round 112, from the fifty-eighth, read in the fifty-ninth; round 113, from the fifty-ninth, read in the sixtieth; round 114, from the sixtieth, read in the sixty-first; round 115, from the sixty-first, read in the sixty-second). */
export const HELD_OUT: ReadonlySet<number> = new Set([67, 72, 79, 83, 85, 89, 91, 93, 95, 96, 97]);
/** The last focus set whose failures have been read: it and every set before it are development sets, but for those held out. */
export const LAST_READ_FOCUS = 34;
/** Focus sets before LAST_READ_FOCUS kept held out, scored as counts only, never read (focus set 11, from the fifty-second round, while focus set 12, written in the same round, was scored once and read; read in the fifty-third; focus set 13, from the fifty-third, read in the fifty-fourth; focus set 14, from the fifty-fourth, read in the fifty-fifth; focus set 15, from the fifty-fifth, read in the fifty-sixth; focus set 16, from the fifty-sixth, held out while focus sets 17, 18 and 19, written in the same round, were scored once each and read; read in the fifty-seventh; focus set 20, from the fifty-seventh, held out while focus sets 21, 22, 23 and 24, written in the same round, were scored once each and read; read in the fifty-eighth; focus set 25, from the fifty-eighth, held out while focus sets 26, 27, 28 and 29, written in the same round, were scored once each and read; read in the fifty-ninth; focus set 30, from the fifty-ninth, read in the sixtieth; focus set 32, from the sixtieth, 180 situations written to weigh the rules against the policy ranker, held out for good; focus set 31, from the sixtieth, read in the sixty-first; focus set 33, from the sixty-first, held out while focus set 34, written in the same round, was scored once and read; read in the sixty-second). */
export const HELD_OUT_FOCUS: ReadonlySet<number> = new Set<number>([32]);

/** Whether a file of test/register/heldout/ is a development set: a round read and not held out, or a focus set read and not held out. */
export function isDevelopmentSet(file: string): boolean {
  const round = /^round(\d+)\.ts$/.exec(file);
  if (round) return Number(round[1]) <= LAST_READ && !HELD_OUT.has(Number(round[1]));
  const focus = /^focus(\d+)-[a-z]+\.ts$/.exec(file);
  return focus !== null && Number(focus[1]) <= LAST_READ_FOCUS && !HELD_OUT_FOCUS.has(Number(focus[1]));
}

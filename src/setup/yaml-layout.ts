import { isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

/** Short lists and small maps on one line, as the examples write them. */
export function layOut(doc: Document | Node): void {
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
    // Times and cron quoted, as the examples do: YAML 1.1 readers take 09:00 for a number.
    Pair(_, pair) {
      if (isScalar(pair.key) && ['schedule', 'start', 'end'].includes(String(pair.key.value)) && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
    },
  });
  visit(doc, {
    Map(_, node, path) {
      const parent = path[path.length - 1];
      const key = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : '';
      const small = node.items.length <= 4 && node.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.flow));
      if (small && (['workingHours', 'audience', 'onNo', 'sets', 'transfer'].includes(key) || isSeq(parent))) {
        // Escalation steps are maps in a sequence, but so are people and suppliers: only steps are flowed.
        if (isSeq(parent) && !node.items.some((pair) => isScalar(pair.key) && pair.key.value === 'after')) return;
        node.flow = true;
      }
    },
  });
}

/** A comment's text in lines of at most 96 characters, each starting with a space (after the #). */
export function wrap(text: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) lines.push(line), (line = '');
    line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => ` ${l}`).join('\n');
}

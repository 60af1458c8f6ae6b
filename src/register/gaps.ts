import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { VigilConfig } from '../config/schema.ts';
import { escapeRegExp } from './text.ts';

/**
 * Questions the register could not answer, kept so it grows where staff ask. Only the question's
 * text is kept, with the workspace's people's names, email addresses and phone numbers taken out;
 * never who asked or when.
 */
export interface GapLog {
  record(question: string): void;
  /** The distinct questions, most asked first. */
  list(): Gap[];
  /** Every question kept, in the order kept (the weekly digest reports those after its last mark). */
  all(): string[];
}

export interface Gap {
  question: string;
  count: number;
}

/** The question with personal details replaced: emails, phone numbers and the names of the workspace's people. */
export function scrub(question: string, config: VigilConfig): string {
  let text = question.replace(/[^\s@]+@[^\s@]+\.[^\s@]+/g, '[email]').replace(/\+?\d[\d ()-]{7,}\d/g, '[phone]');
  const names = new Set(config.people.flatMap((p) => [p.name, ...p.name.split(/\s+/)]).filter((n) => n.length >= 3));
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    text = text.replace(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'gi'), '[name]');
  }
  return text.trim().replace(/\s+/g, ' ').slice(0, 500);
}

/** Distinct questions (case and closing punctuation aside) with how often each was asked, most first. */
export function tally(questions: readonly string[]): Gap[] {
  const counts = new Map<string, Gap>();
  for (const q of questions) {
    const key = q.toLowerCase().replace(/[?!.\s]+$/, '');
    const gap = counts.get(key) ?? { question: q, count: 0 };
    gap.count++;
    counts.set(key, gap);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

/** Gaps in memory, for the bot's lifetime and for tests. */
export class MemoryGapLog implements GapLog {
  private readonly questions: string[] = [];
  record(question: string): void {
    this.questions.push(question);
  }
  list(): Gap[] {
    return tally(this.questions);
  }
  all(): string[] {
    return [...this.questions];
  }
}

/** Gaps in a file of JSON lines, one `{"q": "..."}` per unanswered question. */
export class FileGapLog implements GapLog {
  private readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  record(question: string): void {
    mkdirSync(dirname(this.file), { recursive: true });
    appendFileSync(this.file, `${JSON.stringify({ q: question })}\n`);
  }

  list(): Gap[] {
    return tally(this.all());
  }

  all(): string[] {
    if (!existsSync(this.file)) return [];
    return readFileSync(this.file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        try {
          const q = (JSON.parse(line) as { q?: unknown }).q;
          return typeof q === 'string' ? [q] : [];
        } catch {
          return []; // a torn last line after a crash: skip it
        }
      });
  }
}

import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { formatLongWhen, formatWhen, resolveFinding, type Engine } from '../../attestations/index.ts';
import type { FakeClock } from '../../clock.ts';
import { approximateMillis, parseDuration } from '../../config/duration.ts';
import { closest } from '../../config/suggest.ts';
import { ErrorCode, VigilError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { findPrompt, markSent, openFindings, pendingMessages, type Db } from '../../store/index.ts';
import { Conversation } from '../conversation.ts';
import { PolicyQa } from '../../register/index.ts';
import type { InboundEvent, OutboundMessage } from '../../messages.ts';
import type { OutboxPayload } from '../../attestations/render.ts';
import { ansi, clean, plain, recipientName, renderMessage, type Style } from './render.ts';

/** What the terminal chat needs. */
export interface ShellDeps {
  db: Db;
  engine: Engine;
  /** The simulated clock that `advance` moves. */
  clock: FakeClock;
  logger: Logger;
  input: Readable;
  output: Writable;
  /** Colour on or off; on only for a TTY by default. */
  color?: boolean;
  /** Who to act as first (default: the first person in the config). */
  as?: string;
}

const HELP = `Commands:
  as <person>          act as someone (by id or first name); people lists them
  pending              what you still have to answer, numbered
  yes | no <reason> | na <reason>
                       answer your oldest pending item; put its number first for another: 2 no laptop was off
  check <n> <n> ...    answer a checklist, ticking items by number (yes ticks them all)
  answer <id> yes|no <reason>|na <reason>
                       answer a prompt by its id
  text <words>         answer a question that wants words
  status               compliance status as you may see it
  resolve <id> [note]  resolve a finding (managers and compliance)
  time                 the simulated time
  advance <duration>   move the clock (30m, 4h, 2d, 1w or ISO 8601 like PT4H) and run the engine
  help                 this text;  quit  leaves
Anything else is a question about our suppliers and policies.`;

/**
 * The terminal chat: a simulated workspace on a fake clock, through the same conversation core
 * as Slack and Teams. Reads lines until end of input, so scripts can be piped in.
 */
export async function runShell(deps: ShellDeps): Promise<void> {
  const { db, engine, clock, output } = deps;
  const directory = engine.directory;
  const style: Style = (deps.color ?? (output as { isTTY?: boolean }).isTTY === true) ? ansi : plain;
  const conversation = new Conversation({ db, engine, clock, logger: deps.logger, qa: new PolicyQa(engine.config), channel: 'shell' });
  const zone = directory.config.organisation.timezone;
  const say = (text: string) => output.write(text + '\n');
  let me = deps.as ?? directory.allPeople()[0]!.id;
  let shownTime = '';

  const deliver = async () => {
    const now = clock.now();
    for (const message of await pendingMessages(db, now)) {
      const payload = message.payload as OutboxPayload;
      const when = formatWhen(now, zone);
      if (when !== shownTime) {
        say(style.dim(`── ${when} ──`));
        shownTime = when;
      }
      const prompt = message.promptId ? await findPrompt(db, message.promptId) : undefined;
      // A prompt answered (through another channel) before its reminder went out needs no reminder.
      if (payload.kind === 'reminder' && prompt?.status === 'answered') {
        await markSent(db, message.id, { channel: 'shell', skipped: 'answered' }, now);
        continue;
      }
      const rendered = engine.render(payload, prompt);
      const to = recipientName(message.recipient, directory);
      const label = { prompt: 'asks', reminder: 'reminds', escalation: 'escalates to', 'no-answer': 'tells' }[payload.kind];
      // The person you are acting as sees their messages in full; everyone else's in one line.
      const forMe = message.recipient.kind === 'person' && message.recipient.id === me;
      if (forMe) say(`${style.accent('→')} Vigil ${label} ${to}:\n${indent(renderMessage(rendered, style))}`);
      else say(`${style.accent('→')} Vigil ${label} ${to}: ${clean(summary(rendered))}`);
      await markSent(db, message.id, { channel: 'shell' }, now);
    }
  };
  const tick = async () => {
    await engine.tick(db, clock.now());
    await deliver();
  };
  const reply = (messages: OutboundMessage[]) => messages.forEach((m) => say(renderMessage(m, style)));
  const handle = (event: InboundEvent) => conversation.handle(event).then(reply);

  say(style.bold(`Vigil terminal chat: ${directory.config.organisation.name}`));
  say(`Simulated clock: ${formatWhen(clock.now(), zone)} (${zone}). You are ${describe(me)}. Type help for commands.`);
  await tick();

  const lines = createInterface({ input: deps.input, crlfDelay: Infinity, terminal: false });
  const promptLine = () => {
    if ((output as { isTTY?: boolean }).isTTY) output.write(style.dim(`${me}> `));
  };
  promptLine();
  for await (const raw of lines) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      promptLine();
      continue;
    }
    const [word = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    const command = word.toLowerCase();
    try {
      if (command === 'quit' || command === 'exit') break;
      else if (command === 'help' || command === '?') say(HELP);
      else if (command === 'people') say(directory.allPeople().map((p) => `  ${p.id}: ${describe(p.id)}`).join('\n'));
      else if (command === 'as') me = switchTo(args);
      else if (command === 'time') say(`It is ${formatLongWhen(clock.now(), zone)} (${zone}), simulated.`);
      else if (command === 'advance') await advance(args);
      else if (command === 'pending' || command === 'status') await handle({ kind: 'command', personId: me, command, args: rest });
      else if (command === 'resolve') await resolve(rest);
      else if (command === 'answer') await answerById(rest);
      else if (/^\d+$/.test(command) || ['yes', 'y', 'no', 'n', 'na', 'n/a', 'check', 'text'].includes(command)) await answer(line);
      else await handle({ kind: 'question', personId: me, text: line });
      await deliver();
    } catch (error) {
      if (!(error instanceof VigilError)) throw error;
      say(`Sorry: ${error.message}.`);
    }
    promptLine();
  }
  say('Bye.');

  function describe(id: string): string {
    const p = directory.person(id)!;
    const manager = p.manager ? `, reports to ${directory.nameOf(p.manager)}` : '';
    return `${p.name} (${p.roles.join(', ')}${manager})`;
  }

  function switchTo(who: string): string {
    const wanted = who.trim().toLowerCase();
    const match = directory.allPeople().find((p) => p.id === wanted || p.name.toLowerCase().split(' ')[0] === wanted);
    if (!match) {
      const guess = closest(wanted, directory.allPeople().map((p) => p.id));
      throw new VigilError(ErrorCode.NotFound, `nobody called "${who}" here${guess ? `; did you mean "${guess}"?` : ''} (people lists everyone)`);
    }
    say(`You are now ${describe(match.id)}.`);
    return match.id;
  }

  async function advance(text: string) {
    const ms = parseShellDuration(text);
    const target = new Date(clock.now().getTime() + ms);
    for (let guard = 0; guard < 100_000; guard++) {
      const next = await engine.nextWakeUp(db, clock.now(), target);
      clock.set(next ?? target);
      await tick();
      if (!next) break;
    }
    say(style.dim(`Now ${formatWhen(clock.now(), zone)}.`));
  }

  async function answer(line: string) {
    const match = /^(?:(\d+)\s*)?(yes|y|no|n|na|n\/a|check|text)?\b\s*(.*)$/i.exec(line)!;
    const [, number, verb = '', rest = ''] = match;
    if (!verb) throw new VigilError(ErrorCode.InvalidAnswer, 'say yes, no <reason>, na <reason>, check <items> or text <words> after the number');
    const pending = await conversation.pending(me);
    if (pending.length === 0) throw new VigilError(ErrorCode.NotFound, 'you have nothing to answer');
    const v = verb.toLowerCase();
    // Without a number: the oldest item this kind of answer fits.
    const fits = (kind: string) => (v === 'check' ? kind === 'checklist' : v === 'text' ? kind === 'text' : kind !== 'text');
    const prompt = number ? pending[Number(number) - 1] : (pending.find((p) => fits(p.answerKind)) ?? pending[0]);
    if (!prompt) throw new VigilError(ErrorCode.NotFound, `there is no item ${number}; you have ${pending.length} (pending lists them)`);
    const base = { kind: 'answer' as const, personId: me, promptId: prompt.id };
    if (v === 'yes' || v === 'y') return handle({ ...base, value: 'yes' });
    if (v === 'no' || v === 'n') return handle({ ...base, value: 'no', reason: rest });
    if (v === 'na' || v === 'n/a') return handle({ ...base, value: 'na', reason: rest });
    if (v === 'text') return handle({ ...base, value: 'text', text: rest });
    const items = prompt.checklist ?? [];
    const checked = rest.split(/[\s,]+/).filter(Boolean).map((n) => items[Number(n) - 1] ?? n);
    return handle({ ...base, value: 'checklist', checked });
  }

  /** `answer <prompt id> yes|no <reason>|na <reason>`: any prompt, by id (as a button would). */
  async function answerById([promptId = '', verb = '', ...words]: string[]) {
    const value = ({ yes: 'yes', y: 'yes', no: 'no', n: 'no', na: 'na', 'n/a': 'na' } as const)[verb.toLowerCase() as 'yes'];
    if (!promptId || !value) throw new VigilError(ErrorCode.UsageError, 'say answer <prompt id> yes, no <reason> or na <reason>');
    await handle({ kind: 'answer', personId: me, promptId, value, ...(words.length ? { reason: words.join(' ') } : {}) });
  }

  async function resolve([prefix = '', ...note]: string[]) {
    if (!prefix) throw new VigilError(ErrorCode.UsageError, 'say which finding: resolve <id> [note] (status shows the ids)');
    const finding = (await openFindings(db)).find((f) => f.id.startsWith(prefix));
    if (!finding) throw new VigilError(ErrorCode.NotFound, `no open finding starting "${prefix}"`);
    await resolveFinding(db, engine, finding.id, me, note.join(' '), clock.now());
    say(`Resolved finding ${finding.id.slice(0, 8)}.`);
  }
}

/** "4h", "30m", "2d", "1w", "1d4h" or ISO 8601 ("PT4H") → milliseconds. */
export function parseShellDuration(text: string): number {
  const t = text.trim();
  const iso = parseDuration(t);
  if (iso) return approximateMillis(iso);
  const units: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };
  const parts = [...t.toLowerCase().matchAll(/(\d+)\s*([wdhm])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('').replace(/\s/g, '') !== t.toLowerCase().replace(/\s/g, '')) {
    throw new VigilError(ErrorCode.UsageError, `"${text}" is not a duration; say e.g. advance 4h, advance 2d or advance PT30M`);
  }
  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * units[unit!]!, 0);
}

function summary(message: OutboundMessage): string {
  return message.kind === 'text' ? message.text : message.title;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `    ${l}`).join('\n');
}

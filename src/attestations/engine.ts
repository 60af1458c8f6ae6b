import type { Attestation, VigilConfig } from '../config/schema.ts';
import {
  activePeopleSeenAfter, appendAudit, earliestActionAfter, enqueue, firstSeenTimes, getState, insertPrompts, loadCursors, noticeKey, promptsNeedingAction,
  recordNotices, saveCursor, setState, updatePromptProgress, writeTransaction, type Db, type NewNotice, type NewOutboxMessage, type NewPrompt, type Prompt,
} from '../store/index.ts';
import { AbsenceBook, loadAbsences } from './absences.ts';
import { audienceOf, type AudienceGroup, type Subject } from './audience.ts';
import { WorkCalendar } from './calendar.ts';
import { Directory } from './directory.ts';
import { askIsSuperseded, dueAsks, dueQuestion, dueRuleOf, nextDueAsk, type DuePlan } from './expiry.ts';
import { closeOf, ladder, type StepRecipient } from './ladder.ts';
import { acknowledgementQuestion, acknowledged, newVersionAsks } from './policies.ts';
import { escalationDigests, type Escalation } from './digest.ts';
import type { OutboxPayload } from './render.ts';
import { Schedule, type Occurrence } from './schedule.ts';
import { zonedInstant } from './zoned-time.ts';

/** What one tick did. */
export interface TickReport {
  at: Date;
  /** `coveredBy`: who was asked instead, covering the assignee's absence. */
  issued: { promptId: string; attestationId: string; subjectId: string; assigneeId: string; occurrence: Date; coveredBy?: string }[];
  /** Occurrences missed during downtime, recorded as missed without being sent. */
  recordedMissed: { attestationId: string; subjectId: string; occurrence: Date }[];
  reminders: { promptId: string; step: number; assigneeId: string; coveredBy?: string }[];
  escalations: { promptId: string; step: number; to: 'manager' | 'compliance-channel'; recipientId: string; assigneeId: string }[];
  missed: { promptId: string; attestationId: string; assigneeId: string }[];
  /** Occurrences that fell inside the assignee's absence (or closed during it): recorded excused, not sent or missed. */
  excused: { promptId: string; attestationId: string; assigneeId: string; absenceId: string }[];
}

interface Plan {
  attestation: Attestation;
  group: AudienceGroup;
  schedule: Schedule;
}

const STARTED_AT = 'engine.started_at';
const PEOPLE_SEEN_THROUGH = 'engine.people_seen_through';

/**
 * A prompt's id, made of what makes it unique: `backup/person:amy/2026-11-23T09:00:00.000Z`. The
 * same prompt gets the same id in every process, and a log line or a button value says what it is.
 */
export function promptId(attestationId: string, subject: Pick<Subject, 'kind' | 'id'>, occurrence: Date): string {
  return `${attestationId}/${subject.kind}:${subject.id}/${occurrence.toISOString()}`;
}

/**
 * The attestation engine. Built once per config; `tick(db, now)` decides, from the config, the
 * stored state and `now` alone, which prompts to issue, which reminders and escalations to send
 * and which prompts are missed, and writes all of it (with the outbox messages) in one
 * transaction. Running the same tick twice changes nothing: prompts are unique per
 * (attestation, subject, occurrence), notices per (prompt, kind, step), messages per cause.
 */
export class Engine {
  private state!: {
    config: VigilConfig; directory: Directory; plans: Plan[]; onJoin: { attestation: Attestation; groups: AudienceGroup[] }[]; attestations: Map<string, Attestation>;
    /** Acknowledgements (asked again when their policy's version is new to them) and schedules that follow a register date. */
    acks: { attestation: Attestation; groups: AudienceGroup[] }[]; due: DuePlan[];
  };
  private calendars = new Map<string, WorkCalendar>();
  private readonly firstSteps = new Map<string, Date>();
  /** Who is away, read afresh at the start of each tick. */
  private away: AbsenceBook = AbsenceBook.none;

  constructor(config: VigilConfig) {
    this.reconfigure(config);
  }

  /**
   * Takes a new config (a reload): everything derived from it is rebuilt at once, so a tick or a
   * request sees either the old config or the new one, never a mix. Stored state is untouched.
   */
  reconfigure(config: VigilConfig): void {
    const directory = new Directory(config);
    this.calendars = new Map();
    const plans: Plan[] = [];
    const onJoin: { attestation: Attestation; groups: AudienceGroup[] }[] = [];
    const acks: { attestation: Attestation; groups: AudienceGroup[] }[] = [];
    const due: DuePlan[] = [];
    for (const attestation of config.attestations) {
      const groups = audienceOf(attestation, directory);
      if (attestation.answer === 'acknowledge') acks.push({ attestation, groups });
      const rule = dueRuleOf(attestation);
      if (rule) {
        due.push({ attestation, rule, groups });
        continue;
      }
      if (attestation.schedule === 'on-join') {
        onJoin.push({ attestation, groups });
        continue;
      }
      for (const group of groups) plans.push({ attestation, group, schedule: new Schedule(attestation, new WorkCalendar(config.organisation, group.timezone)) });
    }
    this.state = { config, directory, plans, onJoin, attestations: new Map(config.attestations.map((a) => [a.id, a])), acks, due };
  }

  /** The config in force. */
  get config(): VigilConfig {
    return this.state.config;
  }

  /** Who is who, in the config in force. */
  get directory(): Directory {
    return this.state.directory;
  }

  private get plans(): Plan[] {
    return this.state.plans;
  }

  private get onJoin(): { attestation: Attestation; groups: AudienceGroup[] }[] {
    return this.state.onJoin;
  }

  private get attestations(): Map<string, Attestation> {
    return this.state.attestations;
  }

  /** The working calendar in a timezone (the office's by default). */
  calendar(timezone: string = this.config.organisation.timezone): WorkCalendar {
    let calendar = this.calendars.get(timezone);
    if (!calendar) {
      calendar = new WorkCalendar(this.config.organisation, timezone);
      this.calendars.set(timezone, calendar);
    }
    return calendar;
  }

  /** An attestation by id. */
  attestation(id: string): Attestation | undefined {
    return this.attestations.get(id);
  }

  /** The ladder of a stored prompt (reminders, escalations, close). */
  ladderOf(prompt: Prompt) {
    const attestation = this.attestations.get(prompt.attestationId);
    return attestation ? ladder(attestation, prompt.issuedAt, prompt.closesAt, this.calendar(this.directory.timezoneOf(prompt.assigneeId)), this.recipientCalendars(prompt.assigneeId)) : [];
  }

  /**
   * Whose working hours each step of someone's ladder waits for (quiet hours): theirs for a
   * reminder, their manager's for an escalation to the manager (the office's when it goes to the
   * compliance channel instead), the office's for the channel.
   */
  recipientCalendars(assigneeId: string): (recipient: StepRecipient) => WorkCalendar {
    return (recipient) => {
      if (recipient === 'assignee') return this.calendar(this.directory.timezoneOf(assigneeId));
      const manager = recipient === 'manager' ? this.directory.managerOf(assigneeId) : undefined;
      return this.calendar(manager ? this.directory.timezoneOf(manager) : undefined);
    };
  }

  /** Runs one tick at `now`. */
  async tick(db: Db, now: Date): Promise<TickReport> {
    return writeTransaction(db, async (trx) => {
      const report: TickReport = { at: now, issued: [], recordedMissed: [], reminders: [], escalations: [], missed: [], excused: [] };
      const startedAt = await getState(trx, STARTED_AT);
      if (!startedAt) await setState(trx, STARTED_AT, now.toISOString());
      this.away = await loadAbsences(trx, this.config, this.directory, now);
      await this.issueScheduled(trx, now, report);
      await this.issueOnJoin(trx, now, startedAt === undefined, report);
      await this.advanceLadders(trx, now, report);
      // After the ladders: a due ask that closed unanswered just now is followed at once.
      await this.issueTriggered(trx, now, report);
      if (report.issued.length || report.reminders.length || report.escalations.length || report.missed.length || report.recordedMissed.length || report.excused.length) {
        await appendAudit(trx, {
          actor: 'engine', action: 'engine.tick',
          data: {
            issued: report.issued.length, recordedMissed: report.recordedMissed.length, reminders: report.reminders.length,
            escalations: report.escalations.length, missed: report.missed.length, excused: report.excused.length,
          },
        }, now);
      }
      return report;
    });
  }

  /**
   * The next instant after `now`, up to `until`, at which a tick could do something: a scheduled
   * occurrence or a prompt's next reminder, escalation or close. Lets a simulated clock jump
   * straight to the next event instead of ticking every minute.
   */
  async nextWakeUp(db: Db, now: Date, until: Date): Promise<Date | undefined> {
    let next: Date | undefined;
    const consider = (t: Date | undefined) => {
      if (t && t > now && t <= until && (!next || t < next)) next = t;
    };
    for (const { schedule } of this.plans) consider(schedule.between(now, until)[0]?.issueAt);
    for (const plan of this.state.due) consider(nextDueAsk(plan, this.config, (zone) => this.calendar(zone), now));
    consider(await earliestActionAfter(db, now));
    return next;
  }

  private async issueScheduled(db: Db, now: Date, report: TickReport): Promise<void> {
    const cursors = await loadCursors(db);
    let firstSeen: Map<string, Date> | undefined;
    for (const { attestation, group, schedule } of this.plans) {
      const key = `${attestation.id}|${group.timezone}`;
      const cursor = cursors.get(key);
      const windowMs = closeOf(attestation, new Date(0)).getTime();
      const calendar = this.calendar(group.timezone);
      let occurrences: Occurrence[];
      const stillOpen = (o: Occurrence) => now.getTime() < closeOf(attestation, o.issueAt, calendar).getTime();
      if (!cursor) {
        // First sight of this schedule: only a current occurrence matters; nothing before Vigil ran is "missed".
        const latest = schedule.latest(now, windowMs);
        occurrences = latest && stillOpen(latest) ? [latest] : [];
        if (occurrences.length === 0) {
          // With no past occurrence the bookmark is now: nothing was due before it (an epoch
          // bookmark once passed for a current occurrence and filed prompts under 1970).
          const mark = latest ?? { scheduled: now, issueAt: now };
          await saveCursor(db, { attestationId: attestation.id, timezone: group.timezone, occurrence: mark.scheduled, issueAt: mark.issueAt, audienceHash: group.hash });
          continue;
        }
      } else {
        occurrences = schedule.between(cursor.issueAt, now);
        if (occurrences.length === 0 && cursor.audienceHash !== group.hash) {
          // The audience changed: newcomers get the current occurrence, if the schedule has one
          // still open. It is asked of the schedule, not read from the cursor, whose occurrence is
          // only a bookmark (a schedule first seen with no past occurrence saves the time it was first seen).
          // Existing subjects already hold that occurrence's prompts, so only newcomers get one.
          const current = schedule.latest(now, windowMs);
          if (current && current.issueAt <= cursor.issueAt && stillOpen(current)) occurrences = [current];
        }
        if (occurrences.length === 0) continue;
      }
      firstSeen ??= await firstSeenTimes(db);
      const prompts: NewPrompt[] = [];
      occurrences.forEach((occurrence, i) => {
        const current = i === occurrences.length - 1;
        const closesAt = closeOf(attestation, occurrence.issueAt, calendar);
        const open = current && now < closesAt;
        for (const subject of group.subjects) {
          // Older occurrences are recorded only for people who were here then.
          if (!current && (firstSeen!.get(subject.assigneeId)?.getTime() ?? Infinity) > occurrence.issueAt.getTime()) continue;
          prompts.push(this.newPrompt(attestation, subject, occurrence, closesAt, open, now));
        }
      });
      const inserted = await insertPrompts(db, prompts, now);
      const messages: NewOutboxMessage[] = [];
      for (const prompt of prompts) {
        if (!inserted.has(prompt.id)) continue;
        if (prompt.status === 'open') {
          report.issued.push({ promptId: prompt.id, attestationId: attestation.id, subjectId: prompt.subjectId, assigneeId: prompt.assigneeId, occurrence: prompt.occurrence, ...covered(prompt) });
          messages.push(this.promptMessage(prompt));
        } else if (prompt.status === 'excused') {
          report.excused.push(excusedEntry(prompt));
        } else {
          report.recordedMissed.push({ attestationId: attestation.id, subjectId: prompt.subjectId, occurrence: prompt.occurrence });
        }
      }
      await enqueue(db, messages, now);
      const last = occurrences.at(-1)!;
      await saveCursor(db, { attestationId: attestation.id, timezone: group.timezone, occurrence: last.scheduled, issueAt: last.issueAt, audienceHash: group.hash });
    }
  }

  private newPrompt(attestation: Attestation, subject: Subject, occurrence: Occurrence, closesAt: Date, open: boolean, now: Date): NewPrompt {
    const issuedAt = occurrence.issueAt;
    const base = {
      id: promptId(attestation.id, subject, occurrence.scheduled), attestationId: attestation.id, subjectKind: subject.kind, subjectId: subject.id, assigneeId: subject.assigneeId,
      occurrence: occurrence.scheduled, question: subject.question, answerKind: attestation.answer, checklist: subject.checklist,
      issuedAt, closesAt, ...this.askedAbout(attestation, subject),
    };
    // Away when it is issued: excused, unless someone covers, who is then asked in their place.
    // Nobody covers accepting a policy: that is the reader's own word (they are asked once back).
    const away = this.away.at(subject.assigneeId, issuedAt);
    const cover = attestation.answer === 'acknowledge' ? undefined : away?.delegateId;
    if (away && (!open || !cover)) return { ...base, status: 'excused', closedAt: issuedAt, nextActionAt: null, excusedBy: away.id };
    if (!open) return { ...base, status: 'missed', closedAt: closesAt, nextActionAt: null };
    if (cover) Object.assign(base, { delegateId: cover });
    // Steps already past when a late (caught-up) prompt is issued are not sent. Everyone in one
    // timezone shares a ladder, so it is worked out once per tick.
    const zone = this.directory.timezoneOf(subject.assigneeId);
    const manager = this.directory.managerOf(subject.assigneeId);
    const key = `${attestation.id}|${zone}|${manager ? this.directory.timezoneOf(manager) : '-'}|${issuedAt.getTime()}|${closesAt.getTime()}|${now.getTime()}`;
    let next = this.firstSteps.get(key);
    if (!next) {
      const steps = ladder(attestation, issuedAt, closesAt, this.calendar(zone), this.recipientCalendars(subject.assigneeId));
      next = (steps.find((s) => s.at.getTime() > now.getTime()) ?? steps.at(-1)!).at;
      this.firstSteps.clear();
      this.firstSteps.set(key, next);
    }
    return { ...base, status: 'open', nextActionAt: next };
  }

  /** What an acknowledgement or a due prompt says about its moment: the policy version asked about, the date due. */
  private askedAbout(attestation: Attestation, subject: Subject): { question?: string; policy?: { id: string; version: string } } {
    const asked = acknowledged(attestation, this.config);
    if (asked) return { question: acknowledgementQuestion(subject.question, asked.policy, asked.version), policy: { id: asked.policy.id, version: asked.version } };
    if (subject.kind === 'supplier' && subject.question.includes('{due}')) return { question: dueQuestion(subject.question, this.directory.supplier(subject.id)) };
    return {};
  }

  /**
   * Prompts the config's state calls for rather than a calendar: an acknowledgement whose
   * policy version is new to it, and a supplier date that has come near or passed.
   */
  private async issueTriggered(db: Db, now: Date, report: TickReport): Promise<void> {
    const at = { scheduled: now, issueAt: now };
    for (const { attestation, groups } of this.state.acks) {
      const subjects = await newVersionAsks(db, attestation, groups, this.config, (personId) => this.away.at(personId, now) !== undefined);
      await this.issueTo(db, attestation, subjects.map((subject) => ({ subject, occurrence: at })), now, report);
    }
    for (const plan of this.state.due) {
      await this.issueTo(db, plan.attestation, await dueAsks(db, plan, this.config, (zone) => this.calendar(zone), now), now, report);
    }
  }

  /** Issues one prompt per (subject, occurrence) given, skipping any already on record. */
  private async issueTo(db: Db, attestation: Attestation, asks: { subject: Subject; occurrence: Occurrence }[], now: Date, report: TickReport): Promise<void> {
    if (asks.length === 0) return;
    const prompts = asks.map(({ subject, occurrence }) => this.newPrompt(attestation, subject, occurrence, closeOf(attestation, occurrence.issueAt, this.calendar(this.directory.timezoneOf(subject.assigneeId))), true, now));
    await this.issueInserted(db, prompts, now, report);
  }

  /** Inserts prompts and sends those new and open; those excused by an absence are only recorded. */
  private async issueInserted(db: Db, prompts: NewPrompt[], now: Date, report: TickReport): Promise<void> {
    const inserted = await insertPrompts(db, prompts, now);
    const fresh = prompts.filter((p) => inserted.has(p.id) && p.status === 'open');
    for (const p of prompts) if (inserted.has(p.id) && p.status === 'excused') report.excused.push(excusedEntry(p));
    for (const p of fresh) report.issued.push({ promptId: p.id, attestationId: p.attestationId, subjectId: p.subjectId, assigneeId: p.assigneeId, occurrence: p.occurrence, ...covered(p) });
    await enqueue(db, fresh.map((p) => this.promptMessage(p)), now);
  }

  private promptMessage(prompt: NewPrompt): NewOutboxMessage {
    const payload: OutboxPayload = { kind: 'prompt' };
    // A prompt covering someone's absence goes to whoever covers.
    return { dedupeKey: `prompt:${prompt.id}`, recipient: { kind: 'person', id: prompt.delegateId ?? prompt.assigneeId }, promptId: prompt.id, payload };
  }

  /**
   * On-join attestations go to people who appear after Vigil first ran, and, on the very first
   * tick, to people whose `joined` date is recent enough that the window is still open.
   */
  private async issueOnJoin(db: Db, now: Date, firstTick: boolean, report: TickReport): Promise<void> {
    if (this.onJoin.length === 0) return;
    const seenThrough = (await getState(db, PEOPLE_SEEN_THROUGH)) ?? (firstTick ? now.toISOString() : new Date(0).toISOString());
    const joinedAt = await activePeopleSeenAfter(db, seenThrough);
    if (firstTick) {
      for (const person of this.config.people) {
        if (!person.joined || joinedAt.has(person.id)) continue;
        joinedAt.set(person.id, zonedInstant(person.joined, this.config.organisation.workingHours.start, this.directory.timezoneOf(person.id)));
      }
    }
    const latest = [...joinedAt.values(), new Date(seenThrough)].reduce((a, b) => (a > b ? a : b));
    await setState(db, PEOPLE_SEEN_THROUGH, latest.toISOString());
    if (joinedAt.size === 0) return;

    for (const { attestation, groups } of this.onJoin) {
      const prompts: NewPrompt[] = [];
      for (const subject of groups.flatMap((g) => g.subjects)) {
        const joined = joinedAt.get(subject.assigneeId);
        if (!joined || subject.kind !== 'person') continue;
        const issuedAt = joined > now ? joined : now;
        const closesAt = closeOf(attestation, joined, this.calendar(this.directory.timezoneOf(subject.assigneeId)));
        if (closesAt <= now) continue;
        prompts.push(this.newPrompt(attestation, subject, { scheduled: joined, issueAt: issuedAt }, closesAt, true, now));
      }
      await this.issueInserted(db, prompts, now, report);
    }
  }

  private async advanceLadders(db: Db, now: Date, report: TickReport): Promise<void> {
    const due = await promptsNeedingAction(db, now);
    const messages: NewOutboxMessage[] = [];
    const notices: NewNotice[] = [];
    const escalations: Escalation[] = [];
    for (const prompt of due) {
      const attestation = this.attestations.get(prompt.attestationId);
      if (!attestation || prompt.status === 'answered') {
        await updatePromptProgress(db, prompt.id, { nextActionAt: null });
        continue;
      }
      const superseded = this.superseded(prompt, attestation);
      const steps = this.ladderOf(prompt).filter((s) => s.kind === 'close' || !superseded);
      const from = prompt.nextActionAt!.getTime();
      let status = prompt.status;
      let excusedBy: string | undefined;
      for (const step of steps) {
        const t = step.at.getTime();
        if (t < from || t > now.getTime()) continue;
        // Nobody is chased about someone away: a reminder goes to whoever covers, or nowhere.
        const away = this.away.at(prompt.assigneeId, step.at);
        if (step.kind === 'reminder' && status === 'open') {
          // (A prompt issued before they left was not routed, so it is not chased at all.)
          const remind = away ? prompt.delegateId : (prompt.delegateId ?? prompt.assigneeId);
          if (!remind) continue;
          notices.push(this.notice(prompt.id, 'reminder', step.step, 'assignee', remind));
          messages.push({
            dedupeKey: `reminder:${prompt.id}:${step.step}`, recipient: { kind: 'person', id: remind }, promptId: prompt.id,
            payload: { kind: 'reminder', threadOf: prompt.id } satisfies OutboxPayload,
          });
          report.reminders.push({ promptId: prompt.id, step: step.step, assigneeId: prompt.assigneeId, ...(remind !== prompt.assigneeId ? { coveredBy: remind } : {}) });
        } else if (step.kind === 'escalation' && !away && status !== 'excused') {
          const manager = step.to === 'manager' ? this.presentManager(prompt.assigneeId, step.at) : undefined;
          // Someone with no manager escalates straight to the compliance channel.
          const recipient = manager ? { kind: 'person' as const, id: manager } : { kind: 'channel' as const, id: 'compliance' };
          notices.push(this.notice(prompt.id, 'escalation', step.step, manager ? 'manager' : 'compliance-channel', recipient.id));
          escalations.push({ prompt: { ...prompt, status }, step: step.step, recipient });
          report.escalations.push({ promptId: prompt.id, step: step.step, to: manager ? 'manager' : 'compliance-channel', recipientId: recipient.id, assigneeId: prompt.assigneeId });
        } else if (step.kind === 'close' && status === 'open' && away) {
          // Closed while they are away: accounted for, not a miss.
          [status, excusedBy] = ['excused', away.id];
          report.excused.push({ promptId: prompt.id, attestationId: prompt.attestationId, assigneeId: prompt.assigneeId, absenceId: away.id });
        } else if (step.kind === 'close' && status === 'open') {
          status = 'missed';
          notices.push(this.notice(prompt.id, 'missed', 0, 'assignee', prompt.assigneeId));
          report.missed.push({ promptId: prompt.id, attestationId: prompt.attestationId, assigneeId: prompt.assigneeId });
        }
      }
      const next = status === 'excused' ? undefined : steps.find((s) => s.at.getTime() > now.getTime() && (s.kind === 'escalation' || status === 'open'));
      await updatePromptProgress(db, prompt.id, {
        ...(status !== prompt.status ? { status, closedAt: prompt.closesAt } : {}),
        ...(excusedBy ? { excusedBy } : {}),
        nextActionAt: next?.at ?? null,
      }, now);
    }
    const recorded = await recordNotices(db, notices, now);
    // Each escalation is its own notice; what is delivered is one message per recipient and tick.
    const told = escalations.filter((e) => recorded.has(noticeKey({ promptId: e.prompt.id, kind: 'escalation', step: e.step })));
    messages.push(...escalationDigests(told, this.state, now));
    await enqueue(db, messages, now);
  }

  /**
   * An open prompt the config has moved on from is no longer chased (only its close remains): an
   * ask about a supplier date the register has since moved, or to accept a policy version that a
   * newer one has replaced (the newer one is asked for instead).
   */
  private superseded(prompt: Prompt, attestation: Attestation): boolean {
    if (prompt.policy) return acknowledged(attestation, this.config)?.version !== prompt.policy.version;
    const plan = this.state.due.find((d) => d.attestation.id === prompt.attestationId);
    return plan !== undefined && askIsSuperseded(prompt, plan, this.config, this.calendar());
  }

  /** The manager an escalation goes to at `at`: none (so the compliance channel) while they are away themselves. */
  private presentManager(assigneeId: string, at: Date): string | undefined {
    const manager = this.directory.managerOf(assigneeId);
    return manager && !this.away.at(manager, at) ? manager : undefined;
  }

  private notice(promptId: string, kind: 'reminder' | 'escalation' | 'missed', step: number, target: 'assignee' | 'manager' | 'compliance-channel', recipientId: string | null): NewNotice {
    return { promptId, kind, step, target, recipientId };
  }
}

function covered(p: NewPrompt): { coveredBy?: string } {
  return p.delegateId ? { coveredBy: p.delegateId } : {};
}

function excusedEntry(p: NewPrompt): TickReport['excused'][number] {
  return { promptId: p.id, attestationId: p.attestationId, assigneeId: p.assigneeId, absenceId: p.excusedBy ?? '' };
}

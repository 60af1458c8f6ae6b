/**
 * Row types of Vigil's tables, as kysely sees them. Instants are ISO 8601 UTC text, booleans
 * 0/1, JSON is text: the same schema runs on SQLite and PostgreSQL. Only `src/store` uses these;
 * callers get domain types from the repository functions.
 */
export interface Database {
  people: PeopleTable;
  prompts: PromptsTable;
  answers: AnswersTable;
  notices: NoticesTable;
  outbox: OutboxTable;
  conversation_refs: ConversationRefsTable;
  processed_events: ProcessedEventsTable;
  audit_log: AuditLogTable;
  findings: FindingsTable;
  schedule_cursors: ScheduleCursorsTable;
  engine_state: EngineStateTable;
  absences: AbsencesTable;
}

/** People as last synced from the config; a person removed from the config stays, inactive. */
export interface PeopleTable {
  id: string;
  name: string;
  email: string;
  /** JSON array of roles. */
  roles: string;
  manager_id: string | null;
  timezone: string | null;
  slack_id: string | null;
  teams_aad_object_id: string | null;
  active: number;
  first_seen_at: string;
  synced_at: string;
}

/** One question put to one assignee about one subject, for one occurrence of its schedule. */
export interface PromptsTable {
  id: string;
  attestation_id: string;
  subject_kind: 'person' | 'supplier';
  subject_id: string;
  assignee_id: string;
  /** The scheduled instant this prompt is for (ISO UTC); part of the unique key. */
  occurrence: string;
  /** The question exactly as it was asked. */
  question: string;
  answer_kind: string;
  /** JSON array of checklist items, or null. */
  checklist: string | null;
  /** When this occurrence was scheduled to be issued (the ladder counts from it). */
  issued_at: string;
  /** When Vigil actually issued the prompt (null before migration 0009). */
  created_at: string | null;
  /** The policy an acknowledgement prompt asks to be accepted, and its version then (null for other prompts). */
  policy_id: string | null;
  policy_version: string | null;
  closes_at: string;
  status: 'open' | 'answered' | 'missed' | 'excused';
  closed_at: string | null;
  /** When the engine next has something to do for this prompt (remind, escalate, close); null when done. */
  next_action_at: string | null;
  /** For an excused prompt: the absence that excused it (an absences row's id, or a vigil.yaml entry's). */
  excused_by?: string | null;
  /** For a prompt routed to someone covering an absence: who it was sent to. */
  delegate_id?: string | null;
  /** When its own message reached the person (null: not yet, or delivered before migration 0013, when only the outbox kept it). */
  delivered_at?: string | null;
  /**
   * A copy of its latest answer (the answers row of the highest revision), written with the answer
   * and checked against it by audit verify; null when unanswered or answered before migration 0014.
   */
  answer_id?: string | null;
  answer_revision?: number | null;
  answered_by?: string | null;
  answer_value?: AnswersTable['value'] | null;
  answer_reason?: string | null;
  answer_checklist?: string | null;
  answer_text?: string | null;
  answer_late?: number | null;
  answer_channel?: string | null;
  answered_at?: string | null;
}

/** Answers, appended: a changed answer is a new row with the next revision. */
export interface AnswersTable {
  id: string;
  prompt_id: string;
  revision: number;
  answered_by: string;
  value: 'yes' | 'no' | 'na' | 'checklist' | 'text';
  reason: string | null;
  /** JSON object item → boolean, for checklists. */
  checklist: string | null;
  text: string | null;
  late: number;
  channel: string;
  answered_at: string;
}

/** Reminders and escalations sent for a prompt, one row per ladder step. */
export interface NoticesTable {
  id: string;
  prompt_id: string;
  kind: 'reminder' | 'escalation' | 'missed' | 'no-answer' | 'finding-closed';
  step: number;
  target: 'assignee' | 'manager' | 'compliance-channel';
  recipient_id: string | null;
  created_at: string;
}

/** Messages waiting to be sent, written in the same transaction as what caused them. */
export interface OutboxTable {
  id: string;
  /** Unique: the same cause never queues the same message twice. */
  dedupe_key: string;
  created_at: string;
  recipient_kind: 'person' | 'channel';
  recipient_id: string;
  prompt_id: string | null;
  /** JSON of the neutral message model. */
  message: string;
  status: 'pending' | 'sending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  claimed_by: string | null;
  /** When the claim was made or last confirmed (a confirmation comes right before each send). */
  claimed_at: string | null;
  /** The leadership epoch the claim was made under: a fence against a dispatcher that no longer leads. */
  claim_epoch: number | null;
  last_error: string | null;
  /** JSON of the platform's message reference (Slack channel/ts, Teams activity id). */
  platform_ref: string | null;
  sent_at: string | null;
}

/** How to reach a person (or channel) proactively on one platform. */
export interface ConversationRefsTable {
  platform: string;
  platform_user_id: string;
  person_id: string | null;
  /** JSON of the platform's conversation reference. */
  reference: string;
  updated_at: string;
}

/** Platform event ids already handled, so retried deliveries are ignored. */
export interface ProcessedEventsTable {
  platform: string;
  event_id: string;
  received_at: string;
}

/** Append-only, hash-chained record of everything that happened. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string | null;
  /** JSON details. */
  data: string;
  prev_hash: string;
  hash: string;
}


/** A problem an answer revealed ("No", an unticked checklist item), open until fixed. */
export interface FindingsTable {
  id: string;
  prompt_id: string;
  attestation_id: string;
  subject_kind: 'person' | 'supplier';
  subject_id: string;
  assignee_id: string;
  answer_id: string;
  reason: string | null;
  opened_at: string;
  status: 'open' | 'resolved';
  resolved_at: string | null;
  resolved_by: string | null;
  resolution: string | null;
  /** How it was closed: 'answer-changed' (the assignee changed this prompt's answer) or 'resolved' (a manager or compliance, with a note). */
  resolution_method: 'answer-changed' | 'resolved' | null;
}

/** How far one schedule (in one timezone) has been materialised into prompts. */
export interface ScheduleCursorsTable {
  attestation_id: string;
  timezone: string;
  /** The scheduled instant of the latest occurrence handled. */
  occurrence: string;
  /** When that occurrence was issued (moved off a non-working day, it differs). */
  issue_at: string;
  /** Who the audience was; a change re-materialises the current occurrence for newcomers. */
  audience_hash: string;
}

/** Engine-wide markers, such as when the engine first ran. */
export interface EngineStateTable {
  key: string;
  value: string;
}

/**
 * Someone away (on leave, off sick) from `starts_at` until `ends_at`, with an optional delegate
 * who is prompted in their place; declared in chat (by them, their manager or compliance) and
 * sealed like every evidence row. `back` ends it early: `ended_at`, `ended_by`.
 */
export interface AbsencesTable {
  id: string;
  person_id: string;
  starts_at: string;
  ends_at: string;
  delegate_id: string | null;
  declared_by: string;
  /** Where it was declared: shell, slack, teams. */
  channel: string;
  declared_at: string;
  ended_at: string | null;
  ended_by: string | null;
}

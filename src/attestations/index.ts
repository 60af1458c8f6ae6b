export { Engine, type TickReport } from './engine.ts';
export { recordAnswer, resolveFinding, type AnswerInput, type AnswerOutcome } from './answers.ts';
export { buildStatus, stateOf, type StatusReport, type StatusItem, type PromptState } from './status.ts';
export { Directory } from './directory.ts';
export { WorkCalendar } from './calendar.ts';
export { bankHolidays, BANK_HOLIDAY_YEARS, type BankHolidayRegion } from './bank-holidays.ts';
export { Schedule, type Occurrence } from './schedule.ts';
export { formatLongWhen, formatWhen, type OutboxPayload } from './render.ts';
export { startHeartbeat, type Heartbeat } from './heartbeat.ts';

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ErrorCode, VigilError } from '../errors.ts';

/**
 * The checks that keep `vigil start` from going wrong in silence (issue 19): the bundled demo
 * workspace is only ever the terminal chat's, and a start with no one to chat with and nothing
 * to connect to is refused rather than "running" and doing nothing.
 */

/** Every environment variable Vigil reads, for `start --help` (and the README). */
export const ENVIRONMENT_VARIABLES: readonly { name: string; what: string }[] = [
  { name: 'SLACK_BOT_TOKEN', what: 'Slack bot token (xoxb-…); with SLACK_SIGNING_SECRET, runs the bot on Slack' },
  { name: 'SLACK_SIGNING_SECRET', what: 'Slack app signing secret (Basic Information page)' },
  { name: 'SLACK_APP_TOKEN', what: 'Slack app-level token (xapp-…): Socket Mode instead of HTTP' },
  { name: 'SLACK_API_URL', what: 'Slack Web API base URL (tests and proxies only)' },
  { name: 'MICROSOFT_APP_ID', what: 'Teams bot\'s Entra app id; with the two below, runs the bot on Teams' },
  { name: 'MICROSOFT_APP_PASSWORD', what: 'Teams bot\'s client secret' },
  { name: 'MICROSOFT_APP_TENANT_ID', what: 'Teams bot\'s Entra tenant id' },
  { name: 'VIGIL_TEAMS', what: '1 runs Teams without credentials (development only; refused in production)' },
  { name: 'NODE_ENV', what: 'production refuses Teams without credentials' },
  { name: 'PORT', what: 'HTTP port for Slack events, Teams messages, health and metrics (default 3000)' },
  { name: 'VIGIL_CONFIG', what: 'workspace file when --config is not given (default ./vigil.yaml)' },
  { name: 'DATABASE_URL', what: 'postgres:// URL or SQLite file (before VIGIL_DB)' },
  { name: 'VIGIL_DB', what: 'SQLite file (default ./data/vigil.db)' },
  { name: 'VIGIL_HEARTBEAT_MS', what: 'how often the engine ticks, in ms (default 60000)' },
  { name: 'VIGIL_SIGNING_KEY', what: 'Ed25519 key that signs the audit log\'s checkpoints (`vigil keygen` makes one)' },
  { name: 'VIGIL_LLM_API_KEY', what: 'API key of the optional language model (languageModel in vigil.yaml)' },
  { name: 'LOG_LEVEL', what: 'debug, info (default), warn, error or silent' },
];

/** The help text's section on the environment (and .env). */
export function environmentHelp(): string {
  const width = Math.max(...ENVIRONMENT_VARIABLES.map((v) => v.name.length));
  return [
    '',
    'Environment (also read from ./.env when present; variables already set win):',
    ...ENVIRONMENT_VARIABLES.map((v) => `  ${v.name.padEnd(width)}  ${v.what}`),
    '',
    'With no Slack or Teams credentials, start opens the terminal chat, on a terminal only: from a pipe',
    'or a script, pass --shell (or --at/--as, which only the chat takes).',
  ].join('\n');
}

const SLACK = ['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET'] as const;
const TEAMS = ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'] as const;

/** Whether `start` runs the bot (some platform is configured), as it always has decided. */
export function wantsBot(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.SLACK_BOT_TOKEN || env.MICROSOFT_APP_ID || env.VIGIL_TEAMS);
}

/**
 * The refusal for a start with no platform credentials and no terminal (a service, a container,
 * a pipe): it names what is missing, for each platform, so the fix is one look away.
 */
export function noTerminalNoCredentials(env: NodeJS.ProcessEnv): VigilError {
  const missing = (names: readonly string[]) => names.filter((name) => !env[name]);
  const slack = missing(SLACK);
  const teams = missing(TEAMS);
  const partly = (names: readonly string[], gone: string[]) => gone.length < names.length;
  const lines = [
    'not starting: no Slack or Teams credentials are set, and standard input is not a terminal, so there is nothing to connect to and no one to chat with.',
    `  for Slack, set ${slack.join(' and ')}${partly(SLACK, slack) ? ' (the others are set)' : ''}`,
    `  for Teams, set ${teams.join(', ')}${partly(TEAMS, teams) ? ' (the others are set)' : ''}`,
    '  (in the environment or in ./.env; `vigil start --help` lists every variable)',
    '  to drive the terminal chat from a pipe or a script, pass --shell',
  ];
  return new VigilError(ErrorCode.PlatformAuth, lines.join('\n'));
}

/**
 * The workspace file the bot runs on: --config, else VIGIL_CONFIG, else ./vigil.yaml. Never the
 * bundled demo: its prompts would go to a real workspace's people and compliance channel.
 */
export function botConfigFile(cwd: string, env: NodeJS.ProcessEnv, given: string | undefined): string {
  const own = ownConfigFile(cwd, env, given);
  if (own) return own;
  const local = resolve(cwd, 'vigil.yaml');
  throw new VigilError(
    ErrorCode.ConfigNotFound,
    `not starting: Slack or Teams credentials are set but there is no ${local}, and the bundled demo workspace is only for the terminal chat (its prompts would go to your real workspace). Run \`vigil init\` to write one, or pass --config FILE.`,
  );
}

/** The firm's own workspace file (--config, VIGIL_CONFIG, ./vigil.yaml), if there is one. */
export function ownConfigFile(cwd: string, env: NodeJS.ProcessEnv, given: string | undefined): string | undefined {
  const named = given ?? env.VIGIL_CONFIG;
  if (named) return resolve(cwd, named);
  const local = resolve(cwd, 'vigil.yaml');
  return existsSync(local) ? local : undefined;
}

/** Whether the chat has a person at a terminal to read from. */
export function isTerminal(input: unknown): boolean {
  return (input as { isTTY?: boolean }).isTTY === true;
}

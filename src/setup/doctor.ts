import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, loadConfigFile, type VigilConfig } from '../config/index.ts';
import { isPostgresUrl, migrations as allMigrations, openStore, refOfPerson } from '../store/index.ts';
import { probeWrite } from '../store/probe.ts';
import { slackChecks } from './doctor-slack.ts';

/** One line of `vigil doctor`: ✓ or ✗, what was found, and for a ✗ the fix. */
export interface Check {
  ok: boolean;
  what: string;
  fix?: string;
}

export interface DoctorInput {
  /** The firm's own vigil.yaml, if there is one. */
  configFile: string | undefined;
  db: string;
  env: NodeJS.ProcessEnv;
  now: Date;
  /** Reads VIGIL_SIGNING_KEY; throws on a malformed one. */
  signingKey: () => Promise<unknown>;
  /** How a path or URL is shown: relative to the working directory, a URL without its password. */
  display: (location: string) => string;
}

/**
 * Everything an IT provider checks before going live, in the order they would fix it: the config,
 * the database, the platforms, the signing key, the clock. Never prints a secret.
 */
export async function runDoctor(input: DoctorInput): Promise<Check[]> {
  const { check: configCheck, config } = configChecks(input.configFile, input.display);
  const checks: Check[] = [configCheck];
  const { check: dbCheck, teamsReach } = await databaseCheck(input.db, input.now, config, input.display);
  checks.push(dbCheck);
  checks.push(...(await platformChecks(input.env, config, teamsReach)));
  checks.push(await signingCheck(input.signingKey));
  checks.push(clockCheck(input.now, config));
  return checks;
}

function configChecks(file: string | undefined, display: (location: string) => string): { check: Check; config?: VigilConfig } {
  if (!file) return { check: { ok: false, what: 'config: no ./vigil.yaml here', fix: 'run `vigil init` to write one, or pass --config FILE' } };
  try {
    const config = loadConfigFile(file);
    return { check: { ok: true, what: `config: ${display(file)} is valid (${config.people.length} people, ${config.suppliers.length} suppliers, ${config.attestations.length} attestations)` }, config };
  } catch (error) {
    const problems = error instanceof ConfigError ? `${error.problems.length} error${error.problems.length === 1 ? '' : 's'}` : (error as Error).message;
    return { check: { ok: false, what: `config: ${display(file)} does not load (${problems})`, fix: '`vigil check-config` lists each error with its line and fix' } };
  }
}

/** Reachable and writable; for Teams, who has a conversation with the bot (the app installed for them). */
async function databaseCheck(location: string, now: Date, config: VigilConfig | undefined, display: (location: string) => string): Promise<{ check: Check; teamsReach?: string[] }> {
  const name = display(location);
  if (!isPostgresUrl(location) && !existsSync(location)) {
    let dir = dirname(location);
    while (!existsSync(dir)) dir = dirname(dir);
    try {
      accessSync(dir, constants.W_OK);
      return { check: { ok: true, what: `database: ${name} does not exist yet; vigil start creates it (${display(dir)} is writable)` } };
    } catch {
      return { check: { ok: false, what: `database: ${name} cannot be created (${display(dir)} is not writable)`, fix: 'give the user Vigil runs as write access to that folder, or set VIGIL_DB / DATABASE_URL elsewhere' } };
    }
  }
  const db = openStore(location);
  try {
    const problem = await probeWrite(db, now);
    if (problem && /no such table|does not exist/i.test(problem)) return { check: { ok: true, what: `database: ${name} answers; its tables are created by vigil start (${allMigrations.length} migrations)` } };
    if (problem) return { check: { ok: false, what: `database: ${name} does not take a write (${problem})`, fix: isPostgresUrl(location) ? 'check the URL, that the server runs, and the role may write (GRANT)' : 'check the file and its folder are writable by the user Vigil runs as, and the disk is not full' } };
    const reach = config ? await Promise.all(config.people.map(async (p) => ((await refOfPerson(db, 'teams', p.id)) ? undefined : p.id))) : [];
    return { check: { ok: true, what: `database: ${name} is reachable and writable` }, teamsReach: reach.filter((id): id is string => id !== undefined) };
  } catch (error) {
    return { check: { ok: false, what: `database: cannot open ${name} (${(error as Error).message})`, fix: 'check DATABASE_URL / VIGIL_DB / --db' } };
  } finally {
    await db.destroy();
  }
}

async function platformChecks(env: NodeJS.ProcessEnv, config: VigilConfig | undefined, teamsUnreached: string[] | undefined): Promise<Check[]> {
  const checks: Check[] = [];
  const teams = [env.MICROSOFT_APP_ID, env.MICROSOFT_APP_PASSWORD, env.MICROSOFT_APP_TENANT_ID];
  if (!env.SLACK_BOT_TOKEN && !teams.some(Boolean)) {
    return [{ ok: false, what: 'platforms: neither Slack nor Teams credentials are set', fix: 'set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or MICROSOFT_APP_ID, MICROSOFT_APP_PASSWORD and MICROSOFT_APP_TENANT_ID (in the environment or ./.env)' }];
  }
  if (env.SLACK_BOT_TOKEN) {
    if (!env.SLACK_SIGNING_SECRET) checks.push({ ok: false, what: 'Slack: SLACK_SIGNING_SECRET is not set', fix: 'copy the Signing Secret from the Slack app\'s Basic Information page' });
    checks.push(...(await slackChecks(config, env.SLACK_BOT_TOKEN, env.SLACK_API_URL)));
  }
  if (teams.some(Boolean)) {
    const names = ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'];
    const missing = names.filter((_, i) => !teams[i]);
    checks.push(missing.length
      ? { ok: false, what: `Teams: ${missing.join(', ')} not set`, fix: 'copy them from the bot\'s Entra app registration (Overview, and Certificates & secrets)' }
      : { ok: true, what: 'Teams: credentials complete' });
    if (config && teamsUnreached) {
      checks.push(teamsUnreached.length === 0
        ? { ok: true, what: `Teams: all ${config.people.length} people have the app (a conversation with the bot)` }
        : { ok: false, what: `Teams: ${teamsUnreached.length} of ${config.people.length} people have no conversation with the bot yet: ${teamsUnreached.join(', ')}`, fix: 'install the Vigil app for them (Teams admin centre → Setup policies → Installed apps), or ask them to open it once' });
    }
  }
  return checks;
}

async function signingCheck(signingKey: () => Promise<unknown>): Promise<Check> {
  try {
    return (await signingKey())
      ? { ok: true, what: 'signing key: VIGIL_SIGNING_KEY is set and well formed' }
      : { ok: false, what: 'signing key: VIGIL_SIGNING_KEY is not set, so audit checkpoints are unsigned', fix: 'run `vigil keygen`, keep the signing key secret in VIGIL_SIGNING_KEY, and give the verifier key to whoever audits' };
  } catch (error) {
    return { ok: false, what: `signing key: VIGIL_SIGNING_KEY is malformed (${(error as Error).message})`, fix: 'run `vigil keygen` for a new one' };
  }
}

function clockCheck(now: Date, config: VigilConfig | undefined): Check {
  const zone = config?.organisation.timezone ?? 'UTC';
  const local = new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'full', timeStyle: 'short' }).format(now);
  const year = now.getUTCFullYear();
  if (year < 2024 || year > 2100) return { ok: false, what: `clock: this machine says it is ${now.toISOString()}`, fix: 'set the system clock (enable NTP: timedatectl set-ntp true); schedules and evidence times come from it' };
  return { ok: true, what: `clock: ${local} in ${zone}` };
}

// The deployment files, checked as far as this machine allows (no container engine runs here):
// the compose file parses and names only settings Vigil reads, the Dockerfile's health check
// really passes against a running server and fails against none, the systemd unit names the
// same settings.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startHttpServer } from '../src/http-server.ts';

const root = join(import.meta.dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Every environment variable the composition root reads (`env.NAME`). */
function namesVigilReads(): Set<string> {
  const files = ['src/cli.ts', ...(existsSync(join(root, 'src/cli')) ? readdirSync(join(root, 'src/cli'), { recursive: true, encoding: 'utf8' }).map((f) => `src/cli/${f}`) : []), 'src/app.ts'];
  const names = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.ts'))) for (const m of read(file).matchAll(/\benv\.([A-Z][A-Z0-9_]*)/g)) names.add(m[1]!);
  return names;
}

/** The Dockerfile's HEALTHCHECK command, as the exec-form JSON array it is written in. */
function dockerHealthCheck(): string[] {
  const match = /^HEALTHCHECK [^\n]*\\\n\s*CMD (\[.*\])$/m.exec(read('Dockerfile'));
  expect(match, 'a HEALTHCHECK with an exec-form CMD').toBeTruthy();
  return JSON.parse(match![1]!) as string[];
}

describe('deployment files', () => {
  it('compose.yaml: the vigil service checks /healthz, sets only settings Vigil reads, keeps data in a volume; PostgreSQL is optional', () => {
    const compose = parse(read('compose.yaml'));
    const vigil = compose.services.vigil;
    expect(vigil.healthcheck.test.join(' ')).toContain(`127.0.0.1:${vigil.environment.PORT}/healthz`);
    const reads = namesVigilReads();
    expect(reads.has('PORT') && reads.has('DATABASE_URL') && reads.has('LOG_LEVEL')).toBe(true);
    for (const name of Object.keys(vigil.environment)) expect(reads, `compose sets ${name}`).toContain(name);
    expect(vigil.volumes).toContain('vigil-data:/app/data');
    expect(vigil.environment.VIGIL_DB).toBe('/app/data/vigil.db');
    expect(compose.services.postgres.profiles).toEqual(['postgres']);
    expect(vigil.depends_on.postgres.required).toBe(false);
    // No secret is written into the file itself.
    expect(read('compose.yaml')).not.toMatch(/xoxb-|SIGNING_SECRET:|APP_PASSWORD:/);
  });

  it('deploy/vigil.env.example and deploy/vigil.service name only settings Vigil reads', () => {
    const reads = namesVigilReads();
    const example = [...read('deploy/vigil.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!);
    expect(example).toEqual(expect.arrayContaining(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'MICROSOFT_APP_PASSWORD', 'DATABASE_URL', 'LOG_LEVEL']));
    for (const name of example) expect(reads, `vigil.env.example names ${name}`).toContain(name);
    const unit = read('deploy/vigil.service');
    const set = [...unit.matchAll(/^Environment=(.*)$/gm)].flatMap((m) => m[1]!.split(' ').map((pair) => pair.split('=')[0]!));
    expect(set).toEqual(expect.arrayContaining(['NODE_ENV', 'PORT', 'VIGIL_CONFIG', 'VIGIL_DB']));
    for (const name of set) expect(reads, `the unit sets ${name}`).toContain(name);
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/vigil\/bin\/vigil\.js start$/m);
    expect(unit).toMatch(/^User=vigil$/m);
  });

  it('Dockerfile: Node 24, multi-stage, non-root, and its health check passes against a running server and fails against none', async () => {
    const dockerfile = read('Dockerfile');
    // Three stages: production dependencies, the bundle (built with the development ones), the runtime.
    expect(dockerfile.match(/^FROM node:24[-\w.]* AS (\w+)$/gm)?.map((line) => line.split(' AS ')[1])).toEqual(['deps', 'bundle', 'runtime']);
    expect(dockerfile).toMatch(/^RUN node scripts\/build\.js$/m);
    expect(dockerfile).toMatch(/^COPY --from=bundle [^\n]*\/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^COPY [^\n]*scripts \.\/scripts$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "bin\/vigil\.js", "start"\]$/m);
    const [command, ...args] = dockerHealthCheck();
    expect(command).toBe('node');
    const check = (port: number) => promisify(execFile)(process.execPath, args, { env: { PATH: process.env.PATH, PORT: String(port) } }).then(() => 0, (error: { code?: number }) => error.code ?? -1);
    const server = await startHttpServer({}, 0, '127.0.0.1');
    const port = server.port;
    try {
      expect(await check(port)).toBe(0);
    } finally {
      await server.close();
    }
    expect(await check(port)).toBe(1); // nothing listens there any more
  });
});

/**
 * Microsoft 365 Agents Playground (the installed dev dependency) as a real
 * process, signed in as a demo persona with the project's own
 * playground/<persona>/.m365agentsplayground.yml, in a temporary working
 * folder (it writes its logs there). No browser of its own, no telemetry.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { projectPath } from '../../src/projectRoot.js';

export interface Playground {
  readonly url: string;
  stop(): Promise<void>;
}

/** A port the OS just handed out (the playground takes a port number, not 0). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startPlayground(persona: 'dave' | 'ivan', botUrl: string): Promise<Playground> {
  const dir = await mkdtemp(join(tmpdir(), `psb-playground-${persona}-`));
  await copyFile(projectPath('playground', persona, '.m365agentsplayground.yml'), join(dir, '.m365agentsplayground.yml'));
  const port = await freePort();
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const child: ChildProcess = spawn(process.execPath, [cli, '-e', `${botUrl}/api/messages`, '-c', 'msteams', '-p', String(port), '--dt'], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: dir, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}`;
  // "Listening" is printed before the configuration is read; the page answers once it is.
  for (let started = Date.now(); ; ) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the Agents Playground (${persona}) exited: ${output}`);
    }
    const ready = await fetch(url).then((r) => r.ok, () => false);
    if (ready) return { url, stop };
    if (Date.now() - started > 30_000) {
      await stop();
      throw new Error(`the Agents Playground (${persona}) did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The playground's page asks a CDN for fonts and an animation script; the
 * tests must pass without the internet, so the browser gets this machine only.
 */
export async function thisMachineOnly(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    return url.hostname === '127.0.0.1' || url.hostname === 'localhost' ? route.continue() : route.abort('internetdisconnected');
  });
}

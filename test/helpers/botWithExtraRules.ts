/**
 * A bot built in process from the shipped rules folder plus what a test adds
 * as data: an edit to program.json and extra rule files — how adding a
 * benefit or an offer is shown to take no code.
 */
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServices } from '../../src/app.js';
import type { BotServices } from '../../src/bot/botServices.js';
import type { SupportBot } from '../../src/bot/supportBot.js';
import { loadConfig } from '../../src/config.js';
import { fixedClock } from '../../src/domain/clock.js';
import { createLogger } from '../../src/logger.js';
import { projectPath } from '../../src/projectRoot.js';
import { createMemoryStore, seedIfEmpty } from '../../src/storage/index.js';
import { TEST_TODAY } from './testDay.js';

export interface ExtraRules {
  /** Changes the parsed shipped program.json in place. */
  readonly editProgram: (program: Record<string, Record<string, unknown>>) => void;
  /** File name → JSON content, written beside the shipped rule files. */
  readonly files: Readonly<Record<string, unknown>>;
}

export interface BotWithExtraRules {
  readonly rulesDir: string;
  readonly bot: SupportBot;
  readonly services: BotServices;
  dispose(): Promise<void>;
}

export async function rulesFolderWith(extra: ExtraRules): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'psb-rules-'));
  const shipped = projectPath('src', 'rules');
  for (const name of await readdir(shipped)) if (name.endsWith('.json')) await copyFile(join(shipped, name), join(dir, name));
  const program = JSON.parse(await readFile(join(shipped, 'program.json'), 'utf8')) as Record<string, Record<string, unknown>>;
  extra.editProgram(program);
  await writeFile(join(dir, 'program.json'), JSON.stringify(program));
  for (const [name, content] of Object.entries(extra.files)) await writeFile(join(dir, name), JSON.stringify(content));
  return dir;
}

/** The demo directory and contracts in a memory store, the clock on the tests' day. */
export async function botWithExtraRules(extra: ExtraRules): Promise<BotWithExtraRules> {
  const rulesDir = await rulesFolderWith(extra);
  const store = createMemoryStore();
  await seedIfEmpty(store, TEST_TODAY);
  const config = loadConfig({ LOG_LEVEL: 'silent', RULES_DIR: rulesDir });
  const { bot, services } = await buildServices(config, store, createLogger('silent'), fixedClock(`${TEST_TODAY}T09:00:00.000Z`));
  return { rulesDir, bot, services, dispose: () => rm(rulesDir, { recursive: true, force: true }) };
}

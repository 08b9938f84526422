import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../../src/projectRoot.js';
import { spawnBot } from '../helpers/processRunner.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'psb-startup-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('start-up', () => {
  it('a bad setting stops start-up with a message naming it', async () => {
    const bot = spawnBot({ DATA_DIR: join(dir, 'data'), PORT: 'eighty' });
    expect(await bot.exited()).toBe(2);
    expect(bot.output()).toContain('Setting PORT is invalid');
  });

  it('a broken rules file stops start-up naming the file, the rule and the problem', async () => {
    const rules = join(dir, 'rules');
    await cp(projectPath('src', 'rules'), rules, { recursive: true });
    const broken = {
      ruleSets: { extra: [{ name: 'typo-rule', conditions: { all: [{ fact: 'offerLevel', operator: 'equalz', value: 'gold' }] }, event: { type: 'x' } }] },
    };
    await writeFile(join(rules, 'zz-extra.json'), JSON.stringify(broken));
    const bot = spawnBot({ DATA_DIR: join(dir, 'data'), RULES_DIR: rules, PORT: '0' });
    expect(await bot.exited()).toBe(1);
    expect(bot.output()).toContain('zz-extra.json');
    expect(bot.output()).toContain('typo-rule');
    expect(bot.output()).toContain('equalz');
  });

  it('a second process on the same data directory exits at once with a clear message', async () => {
    const dataDir = join(dir, 'data');
    const first = spawnBot({ DATA_DIR: dataDir, PORT: '0' });
    await first.ready();
    const second = spawnBot({ DATA_DIR: dataDir, PORT: '0' });
    expect(await second.exited()).toBe(1);
    expect(second.output()).toMatch(/data directory|lock/i);
    expect(second.output()).toContain(String(first.child.pid));
    first.child.kill('SIGTERM');
    expect(await first.exited()).toBe(0);
  });
});

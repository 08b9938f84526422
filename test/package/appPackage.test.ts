/**
 * The Teams app package: built from manifest/ with test settings, read back
 * from the zip, and validated offline against the official JSON schemas that
 * @microsoft/app-manifest bundles (manifest and localisation files).
 */
import { inflateRawSync } from 'node:zlib';
import { buildPackageContent, fillTemplate, PackageSettingsError } from '../../scripts/appPackage/manifestBuilder.js';
import { createZip } from '../../scripts/appPackage/zipWriter.js';
import { projectPath } from '../../src/projectRoot.js';
import { schemaErrors } from './schemaCheck.js';

const settings = { botId: '11111111-2222-3333-4444-555555555555', baseUrl: 'https://bot.contoso.example', version: '1.2.3' };

/** Reads a zip's entries back through its central directory. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const size = zip.readUInt32LE(at + 20);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    files.set(name, inflateRawSync(zip.subarray(start, start + size)));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return files;
}

const pngSize = (png: Buffer): [number, number] => [png.readUInt32BE(16), png.readUInt32BE(20)];

let files: Map<string, Buffer>;
let manifest: Record<string, unknown>;
beforeAll(async () => {
  const content = await buildPackageContent(projectPath('manifest'), settings);
  files = unzip(createZip(content.entries));
  manifest = JSON.parse(files.get('manifest.json')!.toString('utf8')) as Record<string, unknown>;
});

it('holds the manifest, both localisation files and both icons', () => {
  expect([...files.keys()].sort()).toEqual(['color.png', 'en.json', 'ja.json', 'manifest.json', 'outline.png']);
  expect(pngSize(files.get('color.png')!)).toEqual([192, 192]);
  expect(pngSize(files.get('outline.png')!)).toEqual([32, 32]);
});

it('validates against the official v1.24 manifest schema, offline', () => {
  expect(schemaErrors(manifest, 'v1.24/MicrosoftTeams.schema.json')).toEqual([]);
});

it.each(['en.json', 'ja.json'])('%s validates against the localisation schema', (file) => {
  expect(schemaErrors(JSON.parse(files.get(file)!.toString('utf8')), 'v1.24/MicrosoftTeams.Localization.schema.json')).toEqual([]);
});

it('fills the bot id and domain from the settings: bot scopes, tab, SSO', () => {
  expect(manifest).toMatchObject({
    id: settings.botId,
    version: '1.2.3',
    validDomains: ['bot.contoso.example'],
    webApplicationInfo: { id: settings.botId, resource: `api://bot.contoso.example/${settings.botId}` },
    bots: [{ botId: settings.botId, scopes: ['personal', 'team', 'groupChat'] }],
  });
  expect(JSON.stringify(manifest)).not.toMatch(/\{\{/);
  const tab = (manifest.staticTabs as Array<{ entityId: string; contentUrl?: string }>)[0]!;
  expect(tab.contentUrl).toBe('https://bot.contoso.example/tab');
});

it('localises every command of the manifest in Japanese', () => {
  const ja = JSON.parse(files.get('ja.json')!.toString('utf8')) as Record<string, string>;
  const en = JSON.parse(files.get('en.json')!.toString('utf8')) as Record<string, string>;
  expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  const lists = (manifest.bots as Array<{ commandLists: Array<{ commands: unknown[] }> }>)[0]!.commandLists;
  lists.forEach((list, l) => list.commands.forEach((_c, c) => expect(ja[`bots[0].commandLists[${l}].commands[${c}].title`]).toBeTruthy()));
});

it('the checker does find errors (a manifest without a name fails)', () => {
  const nameless = Object.fromEntries(Object.entries(manifest).filter(([key]) => key !== 'name'));
  expect(schemaErrors(nameless, 'v1.24/MicrosoftTeams.schema.json').join(' ')).toMatch(/name/);
});

it('refuses a bot id that is not a GUID', () => {
  expect(() => fillTemplate('{"id":"{{BOT_ID}}"}', { ...settings, botId: 'my-bot' })).toThrow(PackageSettingsError);
});

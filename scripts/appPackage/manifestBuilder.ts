/**
 * Fills manifest/manifest.template.json with this deployment's settings: the
 * bot's Microsoft app id (also the app id and the SSO resource) and the public
 * host the tab and bot are served from. Localisation files and icons go along.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { colorIcon, outlineIcon } from './iconPainter.js';
import type { ZipEntry } from './zipWriter.js';

export interface PackageSettings {
  readonly botId: string;
  /** https origin, e.g. https://bot.contoso.example */
  readonly baseUrl: string;
  readonly version: string;
}

/** Stands in for the app id when packaging on a machine without one (not installable). */
export const PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class PackageSettingsError extends Error {}

export function fillTemplate(template: string, settings: PackageSettings): Record<string, unknown> {
  if (!GUID.test(settings.botId)) throw new PackageSettingsError(`MICROSOFT_APP_ID "${settings.botId}" is not a GUID`);
  const url = new URL(settings.baseUrl);
  const values: Record<string, string> = {
    APP_ID: settings.botId,
    BOT_ID: settings.botId,
    BASE_URL: url.origin,
    DOMAIN: url.host,
    VERSION: settings.version,
  };
  const filled = template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) throw new PackageSettingsError(`unknown placeholder ${whole} in the manifest template`);
    return value;
  });
  return JSON.parse(filled) as Record<string, unknown>;
}

export interface AppPackageContent {
  readonly manifest: Record<string, unknown>;
  readonly entries: ZipEntry[];
}

export async function buildPackageContent(manifestDir: string, settings: PackageSettings): Promise<AppPackageContent> {
  const manifest = fillTemplate(await readFile(join(manifestDir, 'manifest.template.json'), 'utf8'), settings);
  const json = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  return {
    manifest,
    entries: [
      { name: 'manifest.json', data: json(manifest) },
      { name: 'en.json', data: await readFile(join(manifestDir, 'en.json')) },
      { name: 'ja.json', data: await readFile(join(manifestDir, 'ja.json')) },
      { name: 'color.png', data: await readFileOr(join(manifestDir, 'color.png'), colorIcon) },
      { name: 'outline.png', data: await readFileOr(join(manifestDir, 'outline.png'), outlineIcon) },
    ],
  };
}

/** Committed icons win (a designer may replace them); otherwise they are drawn. */
async function readFileOr(path: string, draw: () => Buffer): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch {
    return draw();
  }
}

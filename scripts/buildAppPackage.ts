/**
 * `npm run package`: builds the Teams app package (dist/teams-app-package.zip)
 * from manifest/ with the bot id and public host from the settings (.env or
 * the environment), and prints where it is and what to do next.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { ConfigError, loadConfig } from '../src/config.js';
import { projectPath } from '../src/projectRoot.js';
import { buildPackageContent, PackageSettingsError, PLACEHOLDER_ID } from './appPackage/manifestBuilder.js';
import { createZip } from './appPackage/zipWriter.js';

async function main(): Promise<void> {
  const envFile = projectPath('.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const config = loadConfig(process.env);
  const version = (JSON.parse(await readFile(projectPath('package.json'), 'utf8')) as { version: string }).version;
  if (!config.appId) console.warn(`MICROSOFT_APP_ID is not set: the package uses ${PLACEHOLDER_ID} and cannot be installed. See docs/teams-deployment.md.`);
  if (!config.publicBaseUrl.startsWith('https://')) console.warn(`PUBLIC_BASE_URL is ${config.publicBaseUrl}: Teams needs a public https address.`);
  const content = await buildPackageContent(projectPath('manifest'), { botId: config.appId || PLACEHOLDER_ID, baseUrl: config.publicBaseUrl, version });
  const out = projectPath('dist', 'teams-app-package.zip');
  await mkdir(projectPath('dist'), { recursive: true });
  await writeFile(out, createZip(content.entries));
  console.log(`Teams app package written to ${out}`);
  console.log('Upload it in the Teams admin center (Teams apps → Manage apps → Upload new app) or Teams → Apps → Manage your apps → Upload an app.');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof PackageSettingsError) console.error(`Cannot build the app package: ${error.message}`);
  else console.error(error);
  process.exit(1);
});

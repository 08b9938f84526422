/**
 * Runs @microsoft/app-manifest's offline schema validation in a plain Node
 * process: the library requires an ESM-only dependency (strip-bom), which
 * Node 20.19+ loads but jest's module runtime does not.
 */
import { spawnSync } from 'node:child_process';
import { projectRoot } from '../../src/projectRoot.js';

const CHECKER = `
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import appManifest from '@microsoft/app-manifest';
const { document, schemaFile } = JSON.parse(readFileSync(0, 'utf8'));
const dir = join(dirname(createRequire(import.meta.url).resolve('@microsoft/app-manifest')), 'json-schemas', 'teams');
// The localisation schema has patterns with a bare "]" that ajv's unicode mode rejects;
// escaping it keeps the meaning (a literal "]").
const schema = JSON.parse(readFileSync(join(dir, schemaFile), 'utf8').replaceAll(String.raw\`\\\\b]\`, String.raw\`\\\\b\\\\]\`));
const errors = await appManifest.ManifestUtil.validateManifestAgainstSchema(document, schema);
process.stdout.write(JSON.stringify(errors));
`;

/** Schema errors of `document` against a bundled schema (e.g. "v1.24/MicrosoftTeams.schema.json"). */
export function schemaErrors(document: unknown, schemaFile: string): string[] {
  const result = spawnSync(process.execPath, ['--no-warnings', '--input-type=module', '-e', CHECKER], {
    cwd: projectRoot,
    input: JSON.stringify({ document, schemaFile }),
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  if (result.status !== 0) throw new Error(`schema check failed to run: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}

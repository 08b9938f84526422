/** The shipped program.json, parsed once, for tests that name offers, benefits and links. */
import { readFileSync } from 'node:fs';
import { parseProgramData } from '../../src/domain/entitlement/index.js';
import { projectPath } from '../../src/projectRoot.js';

const file = projectPath('src', 'rules', 'program.json');
export const program = parseProgramData(file, readFileSync(file, 'utf8'));

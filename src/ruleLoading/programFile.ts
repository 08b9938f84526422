/** Reads program.json from disk; parsing and validation are the domain's (parseProgramData). */
import { ProgramData, parseProgramData } from '../domain/entitlement/index.js';
import { readSource } from './ruleFiles.js';

export async function loadProgramData(path: string): Promise<ProgramData> {
  const source = await readSource(path);
  return parseProgramData(source.file, source.text);
}

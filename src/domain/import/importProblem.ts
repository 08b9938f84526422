/** One thing wrong with the import files, located precisely enough to fix it. */
export interface ImportProblem {
  readonly file: string;
  /** Absent for problems with a whole file (missing, unreadable). */
  readonly line?: number;
  /** A column label as the file's table names it. */
  readonly column?: string;
  readonly message: string;
}

export function describeProblem(problem: ImportProblem): string {
  const where = [problem.file, problem.line === undefined ? undefined : `line ${problem.line}`, problem.column === undefined ? undefined : `column ${problem.column}`]
    .filter((part) => part !== undefined)
    .join(', ');
  return `${where}: ${problem.message}`;
}

/** File order, then line order: the order someone fixing the files reads them in. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/**
 * The unanswered-question log in one small lowdb file or in memory. It stays
 * small because the digest scan purges entries past the retention period.
 */
import type { UnansweredQuestion, UnansweredQuestionRepository } from '../../domain/insights/unansweredQuestion.js';
import { copyOf } from '../companyData.js';
import { SingleJsonDocument } from '../lowdb/singleJsonDocument.js';
import { listShapeProblem } from './listDocument.js';

interface QuestionFile {
  readonly version: 1;
  readonly items: UnansweredQuestion[];
}

const since = (items: readonly UnansweredQuestion[], from: string): UnansweredQuestion[] =>
  copyOf(items.filter((q) => q.at >= from).sort((a, b) => a.at.localeCompare(b.at)));

export class LowdbUnansweredQuestions implements UnansweredQuestionRepository {
  readonly #file: SingleJsonDocument<QuestionFile>;

  constructor(filePath: string) {
    this.#file = new SingleJsonDocument<QuestionFile>(filePath, { version: 1, items: [] }, (v) => listShapeProblem(v, 'key'));
  }

  async record(question: UnansweredQuestion): Promise<boolean> {
    let added = false;
    await this.#file.change(({ items }) => {
      if (items.some((q) => q.key === question.key)) return undefined;
      added = true;
      return { version: 1, items: [...items, copyOf(question)] };
    });
    return added;
  }

  async listSince(from: string): Promise<UnansweredQuestion[]> {
    return since((await this.#file.read()).items, from);
  }

  async purgeBefore(cutoff: string): Promise<number> {
    let removed = 0;
    await this.#file.change(({ items }) => {
      const kept = items.filter((q) => q.at >= cutoff);
      removed = items.length - kept.length;
      return removed > 0 ? { version: 1, items: kept } : undefined;
    });
    return removed;
  }

  close(): Promise<void> {
    return this.#file.close();
  }
}

export class MemoryUnansweredQuestions implements UnansweredQuestionRepository {
  #items: UnansweredQuestion[] = [];

  async record(question: UnansweredQuestion): Promise<boolean> {
    if (this.#items.some((q) => q.key === question.key)) return false;
    this.#items = [...this.#items, copyOf(question)];
    return true;
  }

  async listSince(from: string): Promise<UnansweredQuestion[]> {
    return since(this.#items, from);
  }

  async purgeBefore(cutoff: string): Promise<number> {
    const before = this.#items.length;
    this.#items = this.#items.filter((q) => q.at >= cutoff);
    return before - this.#items.length;
  }
}

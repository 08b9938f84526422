/**
 * The outbox: proactive messages the connector refused even after retries.
 * Usually empty, so one small file (lowdb) or a map (memory) is enough.
 */
import type { OutboxItem, OutboxRepository } from '../domain/repositories.js';
import { copyOf } from './companyData.js';
import { SingleJsonDocument } from './lowdb/singleJsonDocument.js';

interface OutboxFile {
  readonly version: 1;
  readonly items: OutboxItem[];
}

function problem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const { version, items } = value as Record<string, unknown>;
  if (version !== 1) return `unsupported version ${JSON.stringify(version)}`;
  if (!Array.isArray(items) || items.some((i) => typeof i !== 'object' || i === null || typeof (i as { id?: unknown }).id !== 'string')) return 'items is not a list of messages';
  return undefined;
}

export class LowdbOutbox implements OutboxRepository {
  readonly #file: SingleJsonDocument<OutboxFile>;

  constructor(filePath: string) {
    this.#file = new SingleJsonDocument<OutboxFile>(filePath, { version: 1, items: [] }, problem);
  }

  add(item: OutboxItem): Promise<void> {
    return this.#file.change(({ items }) => ({ version: 1, items: [...items.filter((i) => i.id !== item.id), copyOf(item)] }));
  }

  save(item: OutboxItem): Promise<void> {
    return this.#file.change(({ items }) => ({ version: 1, items: items.map((i) => (i.id === item.id ? copyOf(item) : i)) }));
  }

  remove(id: string): Promise<void> {
    return this.#file.change(({ items }) => (items.some((i) => i.id === id) ? { version: 1, items: items.filter((i) => i.id !== id) } : undefined));
  }

  async list(): Promise<OutboxItem[]> {
    return copyOf((await this.#file.read()).items);
  }

  close(): Promise<void> {
    return this.#file.close();
  }
}

export class MemoryOutbox implements OutboxRepository {
  readonly #items = new Map<string, OutboxItem>();
  async add(item: OutboxItem): Promise<void> {
    this.#items.set(item.id, copyOf(item));
  }
  async save(item: OutboxItem): Promise<void> {
    if (this.#items.has(item.id)) this.#items.set(item.id, copyOf(item));
  }
  async remove(id: string): Promise<void> {
    this.#items.delete(id);
  }
  async list(): Promise<OutboxItem[]> {
    return copyOf([...this.#items.values()]);
  }
}

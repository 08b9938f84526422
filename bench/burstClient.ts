/**
 * `node dist/bench/burstClient.js URL [CONNECTIONS] [SECONDS]`: opens CONNECTIONS
 * to the bot at once, keeps them busy with general questions for SECONDS, and
 * prints one JSON line: the replies in all, and for each connection how many
 * replies the bot had sent when that connection got its first. A separate
 * process, so the client is fast enough to keep every connection full (inside
 * jest it is not).
 */
import { generalQuestions, messageActivity, stranger } from './activities.js';
import { runLoad } from './loadRun.js';

export interface BurstResult {
  readonly replies: number;
  readonly firstReplyAt: number[];
}

export async function burst(url: string, connections: number, seconds: number): Promise<BurstResult> {
  let k = 0;
  let replies = 0;
  const firstReplyAt = new Map<object, number>();
  const nextBody = (): string => {
    k += 1;
    return JSON.stringify(messageActivity(stranger, generalQuestions[k % generalQuestions.length]!, { conversationId: `a:burst-${k % 64}` }));
  };
  await runLoad({
    url,
    connections,
    durationSeconds: seconds,
    nextBody,
    onResponse: (connection) => {
      replies += 1;
      if (!firstReplyAt.has(connection)) firstReplyAt.set(connection, replies);
    },
  });
  return { replies, firstReplyAt: [...firstReplyAt.values()] };
}

async function main(): Promise<void> {
  const [url, connections = '50', seconds = '2'] = process.argv.slice(2);
  if (!url) throw new Error('usage: node dist/bench/burstClient.js URL [CONNECTIONS] [SECONDS]');
  // The first turns through the language model and rules are slower: warm up on fewer connections.
  await burst(url, 10, 2);
  process.stdout.write(`${JSON.stringify(await burst(url, Number(connections), Number(seconds)))}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

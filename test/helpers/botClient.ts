/** POSTs activities to a bot's /api/messages over HTTP, the way the connector service does. */
export interface BotClient {
  post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
  /** Posts and returns the reply activities (expectReplies), failing on a non-200 answer. */
  ask(activity: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
}

export function botClient(baseUrl: string): BotClient {
  const post = async (activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(30_000), // a hung turn fails the test that caused it
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  };
  return {
    post,
    async ask(activity) {
      const { status, body } = await post(activity);
      if (status !== 200) throw new Error(`POST /api/messages answered ${status}: ${JSON.stringify(body)}`);
      const activities = (body as { activities?: Array<Record<string, unknown>> } | undefined)?.activities ?? [];
      return activities.filter((a) => a.type !== 'typing');
    },
  };
}

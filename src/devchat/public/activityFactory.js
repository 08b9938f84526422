// Builds activities the way Teams sends them to a bot: message, Action.Submit
// (a message with value), Action.Execute (an adaptiveCard/action invoke) and
// conversationUpdate. serviceUrl points at this server's connector emulation.

export function createActivityFactory(setup, identity) {
  const serviceUrl = `${location.origin}${setup.connectorPath}`;
  const base = (type) => {
    const { persona, conversation, channelData, locale } = identity();
    return {
      type,
      id: crypto.randomUUID(),
      channelId: 'msteams',
      serviceUrl,
      timestamp: new Date().toISOString(),
      locale,
      from: { id: `29:${persona.aadObjectId}`, name: persona.name, aadObjectId: persona.aadObjectId },
      recipient: setup.bot,
      conversation,
      channelData,
      entities: [{ type: 'clientInfo', locale, platform: 'Web' }],
    };
  };
  // In channels Teams only delivers messages that @mention the bot.
  const mention = (activity, text) => {
    if (activity.conversation.conversationType !== 'channel') return { ...activity, text };
    const tag = `<at>${setup.bot.name}</at>`;
    const entity = { type: 'mention', mentioned: setup.bot, text: tag };
    return { ...activity, text: `${tag} ${text}`, entities: [...activity.entities, entity] };
  };
  return {
    message: (text) => mention(base('message'), text),
    submit: (value, text = '') => ({ ...mention(base('message'), text), value }),
    execute: (action, trigger = 'manual') => ({
      ...base('invoke'),
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', id: action.id, verb: action.verb, data: action.data }, trigger },
    }),
    installed: () => ({ ...base('conversationUpdate'), membersAdded: [{ id: setup.bot.id, name: setup.bot.name }] }),
  };
}

/** POSTs to the bot endpoint; an invoke's answer (the replacement card) is in the body. */
export async function postActivity(activity) {
  const response = await fetch('/api/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ...activity, deliveryMode: 'normal' }),
  });
  const text = await response.text();
  let body;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, body };
}

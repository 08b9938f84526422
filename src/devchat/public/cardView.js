// Renders Adaptive Cards with the official HTML renderer (window.AdaptiveCards,
// served from node_modules) and turns their actions into what Teams would send.
const AC = window.AdaptiveCards;

// Teams shows six actions and puts the rest under "…"; the renderer drops them unless told.
AC.GlobalSettings.allowMoreThanMaxActionsInOverflowMenu = true;

// Teams renders a small markdown subset in TextBlocks; enough of it to read cards.
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  result.outputHtml = escaped
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*(?!\s)(.+?)\*/g, '$1<em>$2</em>')
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, '<a href="$2" target="_blank" rel="noopener">$1</a>')
    // Teams also turns a bare address into a link.
    .replace(/(^|[\s(])(https:\/\/[^\s<)]+)/g, '$1<a href="$2" target="_blank" rel="noopener">$2</a>')
    .replace(/\n/g, '<br>');
  result.didProcess = true;
};

const hostConfig = new AC.HostConfig({
  fontFamily: 'Segoe UI, system-ui, sans-serif',
  supportsInteractivity: true,
  // A card's heading sits under the pane's h2.
  textBlock: { headingLevel: 3 },
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 12 },
  actions: { maxActions: 6, buttonSpacing: 8, actionsOrientation: 'horizontal', actionAlignment: 'left', showCard: { actionMode: 'inline' } },
  containerStyles: {
    default: { backgroundColor: '#ffffff', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, accent: { default: '#5b5fc7' }, attention: { default: '#c4314b' }, good: { default: '#237b4b' }, warning: { default: '#835b00' } } },
    emphasis: { backgroundColor: '#f5f5f5', foregroundColors: { default: { default: '#242424', subtle: '#616161' } } },
  },
});

/**
 * Renders `cardJson` into `holder`. `onAction(kind, action)` is called with
 * 'submit', 'execute' or 'openUrl'; it may return a card that replaces this one.
 */
export function renderCard(holder, cardJson, onAction) {
  const card = new AC.AdaptiveCard();
  card.hostConfig = hostConfig;
  card.onExecuteAction = async (action) => {
    const type = action.getJsonTypeName();
    if (type === 'Action.OpenUrl') return void window.open(action.url, '_blank', 'noopener');
    const kind = type === 'Action.Execute' ? 'execute' : 'submit';
    holder.classList.add('busy');
    try {
      const replacement = await onAction(kind, { id: action.id, verb: action.verb, data: action.data, title: action.title });
      if (replacement) renderCard(holder, replacement, onAction);
    } finally {
      holder.classList.remove('busy');
    }
  };
  card.parse(cardJson);
  const element = card.render();
  holder.replaceChildren();
  if (element) holder.appendChild(element);
  else holder.textContent = '[card could not be rendered]';
}

/** A Universal Actions card asks the client to refresh it for the users it lists. */
export function refreshActionFor(cardJson, userId) {
  const refresh = cardJson && cardJson.refresh;
  if (!refresh || !refresh.action || refresh.action.type !== 'Action.Execute') return undefined;
  if (Array.isArray(refresh.userIds) && !refresh.userIds.includes(userId)) return undefined;
  return refresh.action;
}

/** Action.Submit data may carry Teams' imBack/messageBack; otherwise it becomes `value`. */
export function submitPayload(data) {
  const msteams = data && typeof data === 'object' ? data.msteams : undefined;
  if (msteams && msteams.type === 'imBack') return { text: String(msteams.value ?? ''), show: String(msteams.value ?? '') };
  if (msteams && msteams.type === 'messageBack') {
    const { msteams: _ignored, ...rest } = data;
    return { text: msteams.text ?? '', value: msteams.value ?? rest, show: msteams.displayText };
  }
  return { text: '', value: data ?? {} };
}

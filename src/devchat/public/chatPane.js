// One conversation on screen: the history and live messages from the event
// stream (what the bot sent to the local connector), a text box, and card
// actions sent back to the bot as Teams would send them.
import { createActivityFactory, postActivity } from './activityFactory.js';
import { refreshActionFor, renderCard, submitPayload } from './cardView.js';
import { t } from './i18n.js';

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

export class ChatPane {
  constructor(root, setup, identity, lang, connection) {
    this.root = root;
    this.identity = identity;
    this.lang = lang;
    this.connection = connection;
    this.factory = createActivityFactory(setup, identity);
    this.log = root.querySelector('.log');
    this.typing = root.querySelector('.typing');
    this.bubbles = new Map();
    this.refreshed = new Set();
    this.greeted = new Set();
    const form = root.querySelector('form');
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const input = form.querySelector('input[name=text]');
      const text = input.value.trim();
      if (!text || this.connection.down) return;
      this.sendText(text);
      input.value = '';
    });
    // Nothing typed while the bot is away is lost: sending waits for it.
    connection.onChange((down) => {
      for (const control of form.querySelectorAll('input, button')) control.disabled = down;
    });
  }

  connect(conversationId) {
    if (this.source) this.source.close();
    this.bubbles.clear();
    this.refreshed.clear();
    this.log.replaceChildren();
    const name = this.root.id;
    this.connection.stream(name, 'connecting');
    const source = new EventSource(`/devchat/events?conversation=${encodeURIComponent(conversationId)}`);
    this.source = source;
    source.addEventListener('chat', (e) => this.onEvent(JSON.parse(e.data)));
    source.addEventListener('ready', (e) => {
      this.root.dataset.ready = 'true';
      // A new conversation: tell the bot it was installed, as Teams does, so it greets (once, not on every reconnect).
      if (JSON.parse(e.data).count === 0 && !this.greeted.has(conversationId)) void this.post(this.factory.installed());
      this.greeted.add(conversationId);
    });
    source.onopen = () => this.connection.stream(name, 'open');
    // The browser reconnects by itself; the page shows one banner meanwhile.
    source.onerror = () => {
      if (this.source === source && source.readyState !== EventSource.OPEN) this.connection.stream(name, 'down');
    };
  }

  async sendText(text) {
    this.appendUser(text);
    await this.post(this.factory.message(text));
  }

  onEvent(event) {
    if (event.kind === 'typing') return this.showTyping();
    if (event.kind === 'delete') return this.bubbles.get(event.activityId)?.replaceChildren(t(this.lang(), 'deleted'));
    const activity = event.activity;
    if (!activity || activity.type !== 'message') return;
    this.typing.hidden = true;
    let bubble = this.bubbles.get(event.activityId);
    if (!bubble) {
      bubble = this.appendBubble('bot');
      bubble.dataset.activityId = event.activityId;
      this.bubbles.set(event.activityId, bubble);
    }
    bubble.classList.toggle('updated', event.kind === 'update');
    this.renderActivity(bubble, activity, event.activityId);
  }

  renderActivity(bubble, activity, activityId) {
    bubble.replaceChildren();
    if (activity.text) {
      const p = document.createElement('p');
      p.className = 'text';
      p.append(...withLinks(activity.text.replace(/<at>(.*?)<\/at>/g, '@$1')));
      bubble.appendChild(p);
    }
    for (const attachment of activity.attachments ?? []) {
      if (attachment.contentType !== CARD_TYPE) continue;
      const holder = document.createElement('div');
      holder.className = 'card';
      bubble.appendChild(holder);
      renderCard(holder, attachment.content, (kind, action) => this.onCardAction(kind, action));
      this.autoRefresh(holder, attachment.content, activityId);
    }
    this.log.scrollTop = this.log.scrollHeight;
  }

  /** Teams refreshes a Universal Actions card for listed users when it is shown. */
  async autoRefresh(holder, cardJson, activityId) {
    const action = refreshActionFor(cardJson, `29:${this.identity().persona.aadObjectId}`);
    if (!action || this.refreshed.has(activityId)) return;
    this.refreshed.add(activityId);
    const card = await this.invoke({ id: action.id, verb: action.verb, data: action.data ?? {} }, 'automatic');
    if (card) renderCard(holder, card, (kind, a) => this.onCardAction(kind, a));
  }

  async onCardAction(kind, action) {
    if (kind === 'execute') return this.invoke(action, 'manual');
    const payload = submitPayload(action.data);
    if (payload.show) this.appendUser(payload.show);
    await this.post(payload.value === undefined ? this.factory.message(payload.text) : this.factory.submit(payload.value, payload.text));
    return undefined;
  }

  /** Action.Execute: the bot's HTTP answer carries the card that replaces the old one. */
  async invoke(action, trigger) {
    const { status, body } = await this.post(this.factory.execute(action, trigger));
    if (status !== 200 || !body) return undefined;
    if (body.type === CARD_TYPE && body.value) return body.value;
    if (typeof body.value === 'string' && body.value) this.note(body.value);
    else if (body.value && body.value.message) this.note(body.value.message);
    return undefined;
  }

  async post(activity) {
    try {
      const result = await postActivity(activity);
      if (result.status >= 400) this.note(t(this.lang(), 'sendFailed', { status: result.status }));
      return result;
    } catch {
      // No answer at all: the bot is down. The banner says so, once, for the whole page.
      this.connection.endpointFailed();
      return { status: 0, body: undefined };
    }
  }

  appendUser(text) {
    const bubble = this.appendBubble('user');
    bubble.textContent = text;
  }

  appendBubble(from) {
    const bubble = document.createElement('div');
    bubble.className = `bubble ${from}`;
    bubble.dataset.from = from;
    this.log.appendChild(bubble);
    this.log.scrollTop = this.log.scrollHeight;
    return bubble;
  }

  note(text) {
    const div = document.createElement('div');
    div.className = 'note';
    div.textContent = text;
    this.log.appendChild(div);
  }

  showTyping() {
    this.typing.hidden = false;
    clearTimeout(this.typingTimer);
    this.typingTimer = setTimeout(() => (this.typing.hidden = true), 3000);
  }
}

/** Text nodes and links: an https address in a message is clickable, as in Teams; nothing else becomes markup. */
function withLinks(text) {
  return text.split(/(https:\/\/[^\s<>)]+)/).map((part, i) => {
    if (i % 2 === 0) return document.createTextNode(part);
    return Object.assign(document.createElement('a'), { href: part, textContent: part, target: '_blank', rel: 'noopener' });
  });
}

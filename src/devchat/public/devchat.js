// The local chat page: pick who you are and the language, chat with the bot
// on the left, play the helpdesk agent in the channel on the right.
import { ChatPane } from './chatPane.js';
import { ConnectionMonitor } from './connection.js';
import { STRINGS, t } from './i18n.js';

const params = new URLSearchParams(location.search);
const state = {
  lang: params.get('lang') === 'ja' ? 'ja' : 'en',
  personaId: params.get('persona') ?? 'aad-alice',
};
const locale = () => (state.lang === 'ja' ? 'ja-JP' : 'en-US');

function translatePage() {
  document.documentElement.lang = state.lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(state.lang, el.dataset.i18n);
  for (const el of document.querySelectorAll('[data-i18n-placeholder]')) el.placeholder = t(state.lang, el.dataset.i18nPlaceholder);
  for (const el of document.querySelectorAll('[data-i18n-aria]')) el.setAttribute('aria-label', t(state.lang, el.dataset.i18nAria));
  const cardStrings = window.AdaptiveCards?.Strings?.defaults;
  if (cardStrings) cardStrings.overflowButtonTooltip = () => t(state.lang, 'moreActions');
  document.title = t(state.lang, 'title');
  const unknown = document.querySelector('#persona option[value=unknown]');
  if (unknown) unknown.textContent = t(state.lang, 'unknown');
}

function remember() {
  const url = new URL(location.href);
  url.searchParams.set('persona', state.personaId);
  url.searchParams.set('lang', state.lang);
  history.replaceState(null, '', url);
  const tabLink = document.querySelector('#open-tab');
  tabLink.href = `/tab?persona=${encodeURIComponent(state.personaId === 'unknown' ? 'aad-stranger' : state.personaId)}&lang=${state.lang}`;
}

/** Narrow screens show one pane at a time; wide ones show both and ignore this. */
function showView(view) {
  document.querySelector('main').dataset.view = view;
  for (const button of document.querySelectorAll('.views button')) button.setAttribute('aria-pressed', String(button.dataset.view === view));
}

async function main() {
  const setup = await (await fetch('/devchat/setup')).json();
  const all = [...setup.personas, setup.unknown];
  const personaSelect = document.querySelector('#persona');
  for (const p of setup.personas) personaSelect.add(new Option(`${p.name} — ${p.companyName}`, p.aadObjectId));
  personaSelect.add(new Option(t(state.lang, 'unknown'), 'unknown'));
  if (!all.some((p) => p.aadObjectId === state.personaId) && state.personaId !== 'unknown') state.personaId = 'aad-alice';
  personaSelect.value = state.personaId;
  const langSelect = document.querySelector('#language');
  langSelect.value = state.lang;

  const persona = () => (state.personaId === 'unknown' ? setup.unknown : all.find((p) => p.aadObjectId === state.personaId));
  const chatIdentity = () => {
    const p = persona();
    return {
      persona: p,
      locale: locale(),
      conversation: { id: `a:devchat-personal-${p.aadObjectId}`, conversationType: 'personal', tenantId: p.tenantId, isGroup: false },
      channelData: { tenant: { id: p.tenantId } },
    };
  };
  const ivan = all.find((p) => p.aadObjectId === setup.helpdesk.agentId) ?? setup.unknown;
  const helpdeskIdentity = () => ({
    persona: ivan,
    locale: locale(),
    conversation: setup.helpdesk.conversation,
    channelData: { tenant: { id: setup.helpdesk.conversation.tenantId }, channel: setup.helpdesk.channel, team: setup.helpdesk.team },
  });

  const connection = new ConnectionMonitor(document.querySelector('#connection'), () => state.lang);
  const chat = new ChatPane(document.querySelector('#chat-pane'), setup, chatIdentity, () => state.lang, connection);
  const helpdesk = new ChatPane(document.querySelector('#helpdesk-pane'), setup, helpdeskIdentity, () => state.lang, connection);
  showView('chat');
  for (const button of document.querySelectorAll('.views button')) button.addEventListener('click', () => showView(button.dataset.view));
  chat.connect(chatIdentity().conversation.id);
  helpdesk.connect(setup.helpdesk.conversation.id);
  document.querySelector('#use-channel').addEventListener('click', () => helpdesk.sendText('use this channel for tickets'));

  personaSelect.addEventListener('change', () => {
    state.personaId = personaSelect.value;
    remember();
    chat.connect(chatIdentity().conversation.id);
  });
  langSelect.addEventListener('change', () => {
    state.lang = langSelect.value in STRINGS ? langSelect.value : 'en';
    translatePage();
    remember();
  });
  translatePage();
  remember();
}

main().catch((error) => {
  document.body.prepend(Object.assign(document.createElement('pre'), { className: 'fatal', textContent: String(error) }));
});

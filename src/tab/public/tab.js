// "My support benefits": in Teams the user is identified by the SSO token;
// outside Teams the page says so, and in developer mode offers a persona picker.
import { renderBenefits } from './benefitsRender.js';
import { tt } from './tabStrings.js';

const params = new URLSearchParams(location.search);
// Developer mode's stand-in for someone outside the partner directory.
const UNKNOWN_PERSONA = 'aad-stranger';
const content = document.querySelector('#content');
const notice = document.querySelector('#notice');
// What stays on screen above the benefits (outside Teams: that this is a Teams tab).
let standingNotice;
let lang = (params.get('lang') ?? navigator.language ?? 'en').toLowerCase().startsWith('ja') ? 'ja' : 'en';

function show(message, cls = 'info') {
  notice.hidden = false;
  notice.className = cls;
  notice.textContent = message;
}

function translateStatic() {
  document.documentElement.lang = lang;
  document.title = tt(lang, 'title');
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = tt(lang, node.dataset.t);
}

/** Adds teams-js (served by this app) to the page; resolves when it has run. */
function loadTeamsJs() {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: '/tab/vendor/teams-js.js' });
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

/**
 * Teams shows a tab in a frame: a page on its own is not in Teams. teams-js is
 * loaded only in a frame, since on load it fetches its list of Teams domains
 * from the internet. It rejects at once outside Teams; then nothing else may be called.
 */
async function initializeInTeams() {
  if (window.parent === window) return false;
  try {
    await loadTeamsJs();
    const teams = window.microsoftTeams;
    if (!teams) return false;
    await Promise.race([teams.app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 5000))]);
    return true;
  } catch {
    return false;
  }
}

async function load(query, headers = {}) {
  content.textContent = tt(lang, 'loading');
  const response = await fetch(`/api/tab/benefits?${new URLSearchParams({ ...query, lang })}`, { headers });
  const body = await response.json().catch(() => ({}));
  if (response.ok) {
    if (standingNotice) show(standingNotice);
    else notice.hidden = true;
    return renderBenefits(content, body, lang);
  }
  content.replaceChildren();
  show(body.error === 'UnknownUser' ? tt(lang, 'unknownUser') : tt(lang, 'error', { message: body.message ?? response.status }), 'error');
}

async function runInTeams() {
  const teams = window.microsoftTeams;
  const context = await teams.app.getContext();
  if ((context.app?.locale ?? '').toLowerCase().startsWith('ja')) lang = 'ja';
  translateStatic();
  const token = await teams.authentication.getAuthToken();
  await load({}, { authorization: `Bearer ${token}` });
  teams.app.notifySuccess();
}

async function runOutsideTeams() {
  standingNotice = tt(lang, 'notInTeams');
  show(standingNotice);
  const config = await (await fetch('/api/tab/config')).json();
  if (!config.developerMode) return void content.replaceChildren();
  const personas = await (await fetch('/api/tab/personas')).json();
  const picker = document.querySelector('#dev-picker');
  const select = picker.querySelector('select');
  for (const p of personas) select.add(new Option(`${p.name} — ${p.companyName}`, p.aadObjectId));
  // Anyone else named in ?persona= is asked for as is: the server answers "not in the directory".
  const asked = params.get('persona');
  const known = personas.some((p) => p.aadObjectId === asked);
  select.add(new Option(tt(lang, 'devUnknown'), known || !asked ? UNKNOWN_PERSONA : asked));
  select.value = known || asked ? asked : personas[0]?.aadObjectId;
  picker.hidden = false;
  const choose = () => {
    const url = new URL(location.href);
    url.searchParams.set('persona', select.value);
    history.replaceState(null, '', url);
    return load({ persona: select.value });
  };
  select.addEventListener('change', choose);
  await choose();
}

async function main() {
  translateStatic();
  if (await initializeInTeams()) await runInTeams();
  else await runOutsideTeams();
}

main().catch((error) => show(tt(lang, 'error', { message: error.message ?? String(error) }), 'error'));

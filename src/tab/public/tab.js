// "My support benefits": in Teams the user is identified by the SSO token;
// outside Teams the page says so, and in developer mode offers a persona picker.
import { renderBenefits } from './benefitsRender.js';
import { tt } from './tabStrings.js';

const params = new URLSearchParams(location.search);
const content = document.querySelector('#content');
const notice = document.querySelector('#notice');
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

/** teams-js rejects at once outside Teams; after that nothing else may be called. */
async function initializeInTeams() {
  const teams = window.microsoftTeams;
  if (!teams) return false;
  try {
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
    notice.hidden = notice.className !== 'info';
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
  show(tt(lang, 'notInTeams'));
  const config = await (await fetch('/api/tab/config')).json();
  if (!config.developerMode) return void content.replaceChildren();
  const personas = await (await fetch('/api/tab/personas')).json();
  const picker = document.querySelector('#dev-picker');
  const select = picker.querySelector('select');
  for (const p of personas) select.add(new Option(`${p.name} — ${p.companyName}`, p.aadObjectId));
  select.value = personas.some((p) => p.aadObjectId === params.get('persona')) ? params.get('persona') : personas[0]?.aadObjectId;
  picker.hidden = false;
  const choose = () => load({ persona: select.value });
  select.addEventListener('change', choose);
  await choose();
}

async function main() {
  translateStatic();
  if (await initializeInTeams()) await runInTeams();
  else await runOutsideTeams();
}

main().catch((error) => show(tt(lang, 'error', { message: error.message ?? String(error) }), 'error'));

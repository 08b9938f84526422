// Draws the benefits view (from GET /api/tab/benefits) as plain DOM: offers,
// activation, contracts with a small used/left chart, masked IDs with a
// reveal for their owner, and the user's open tickets.
import { tt } from './tabStrings.js';

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const child of children) node.append(child);
  return node;
};

/** A horizontal bar: the used part grey, the part left in the accent colour. */
function usageChart(contract, lang) {
  if (contract.total === null) return el('div', { class: 'unlimited' }, tt(lang, 'unlimited'));
  const share = contract.total > 0 ? contract.remaining / contract.total : 0;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 200 14');
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${tt(lang, 'left', { n: contract.remaining })}, ${tt(lang, 'ofTotal', { used: contract.used, total: contract.total })}`);
  const bar = (x, width, cls) => {
    const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    Object.entries({ x, y: 0, width, height: 14, rx: 3, class: cls }).forEach(([k, v]) => rect.setAttribute(k, String(v)));
    return rect;
  };
  svg.append(bar(0, 200, 'used'), bar(0, Math.round(200 * share), 'left'));
  return el('div', { class: 'usage' },
    el('span', { class: 'left-count' }, tt(lang, 'left', { n: contract.remaining })),
    svg,
    el('span', { class: 'subtle' }, tt(lang, 'ofTotal', { used: contract.used, total: contract.total })));
}

function secretRow(label, secret, benefit, lang) {
  const value = el('code', {}, secret.masked);
  const row = el('div', { class: 'secret' }, el('span', { class: 'subtle' }, `${label}: `), value);
  if (!secret.full) return row.append(el('span', { class: 'subtle' }, ` (${tt(lang, 'notOwner')})`)), row;
  // Every contract has two of these: the accessible name says which ID of which contract.
  const name = (shown) => tt(lang, shown ? 'hideLabel' : 'revealLabel', { id: label, benefit });
  const button = el('button', { type: 'button', class: 'reveal', 'aria-label': name(false) }, tt(lang, 'reveal'));
  button.addEventListener('click', () => {
    const shown = value.textContent === secret.full;
    value.textContent = shown ? secret.masked : secret.full;
    button.textContent = tt(lang, shown ? 'reveal' : 'hide');
    button.setAttribute('aria-label', name(!shown));
  });
  row.append(' ', button);
  return row;
}

function section(title, ...content) {
  return el('section', {}, el('h2', {}, title), ...content);
}

export function renderBenefits(root, view, lang) {
  const activation = { notActivated: 'notActivated', pending: 'pending', activated: 'activated' }[view.company.activation] ?? 'notActivated';
  const offers = view.company.offers.length
    ? el('ul', { class: 'chips' }, ...view.company.offers.map((o) => el('li', {}, o)))
    : el('p', { class: 'subtle' }, tt(lang, 'noOffers'));
  const included = el('ul', { class: 'included' }, ...view.included.map((b) => el('li', {}, el('strong', {}, b.label), ': ', b.value)));
  const contracts = view.contracts.length
    ? el('div', { class: 'contracts' }, ...view.contracts.map((c) => el('article', { class: `contract ${c.state}` },
        el('h3', {}, c.benefit, ' ', el('span', { class: 'state' }, tt(lang, 'states')[c.state] ?? '')),
        usageChart(c, lang),
        el('p', { class: 'subtle' }, tt(lang, 'valid', { from: c.startDate, to: c.endDate })),
        secretRow(tt(lang, 'accessId'), c.accessId, c.benefit, lang),
        secretRow(tt(lang, 'contractId'), c.contractId, c.benefit, lang))))
    : el('p', { class: 'subtle' }, tt(lang, 'noContracts'));
  const tickets = view.tickets.length
    ? el('ul', { class: 'tickets' }, ...view.tickets.map((t) => el('li', {},
        el('strong', {}, `${t.id} `), t.topic, ' — ',
        el('span', { class: 'subtle' }, t.assignee ? tt(lang, 'ticketAssigned', { name: t.assignee }) : tt(lang, 'ticketOpen')))))
    : el('p', { class: 'subtle' }, tt(lang, 'noTickets'));
  root.replaceChildren(
    el('div', { class: 'company' }, el('h1', {}, view.company.name), el('p', { class: 'subtle' }, view.person.name)),
    section(tt(lang, 'offers'), offers),
    ...(view.included.length ? [section(tt(lang, 'included'), included)] : []),
    section(tt(lang, 'activation'), el('p', { class: `badge ${activation}` }, tt(lang, activation))),
    section(tt(lang, 'contracts'), contracts),
    section(tt(lang, 'tickets'), tickets),
  );
}

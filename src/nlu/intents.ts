/**
 * Every topic the bot understands. The corpus files in src/nlu/corpus must
 * cover each intent in English and Japanese; the bot keeps a handler per
 * intent in a Record<Intent, …>, so adding one here without a handler is a
 * compile error.
 */
export const INTENTS = {
  // Conversation
  greeting: 'hello, hi, good morning',
  help: 'what can you do, help, menu',
  thanks: 'thank you, that helped',
  handoffRequest: 'talk to a person / human / helpdesk agent, open a ticket with a person',
  // Entitlements (domain §2, §3)
  entitlementIncidents: 'how many support incidents does an offer (Gold, Silver, Action Pack) get',
  entitlementCloud: 'does an offer / competency include cloud (Azure) support, Signature Cloud Support',
  myBenefits: 'what benefits / support do we (my company) have, overview',
  incidentsRemaining: 'how many incidents do we have left, remaining, used',
  cloudCompetencies: 'which competencies count as cloud competencies',
  technicalSupportScope: 'what counts as technical support (troubleshooting, errors), advisory not covered',
  oldProducts: 'is an old/legacy product version supported, n-1 policy',
  // Accounts and roles (domain §1)
  whoCanActivate: 'which role may activate benefits (global admin, MPN partner admin)',
  accountAssociation: 'MPN vs CSP associated account, which account to sign in with',
  anyoneCanUse: 'can any user / personal Microsoft account use the benefit with the IDs',
  // Activation (domain §4)
  activationRequest: 'activate our benefits now (a request to do it)',
  activationHowTo: 'how does activation work, where is the Activate button, how long it takes',
  activationStatus: 'status of our activation request',
  // Using support (domain §5, §6)
  findIds: 'where do I find the Access ID and Contract ID',
  onPremRequestHowTo: 'how to open an on-premises support request in Support for Business',
  linkContract: 'link / add / associate my contract (Access ID + Contract ID) to my account',
  cloudRequestHowTo: 'how to open an Azure / cloud support request, link support benefits in Azure portal',
  cspPlan: 'CSP partners opening Azure requests with the Cloud Solution Provider plan',
  cspServiceRequest: 'open a service request for a CSP customer (admin agent), which portal / plan for a product',
  unavailablePlans: 'partner contract shows under unavailable support plans',
  benefitDuration: 'how long a benefit stays associated with the account that added it',
  // Pasted error messages (domain §1, §2, §7)
  errorNotAuthorized: '"You are not authorized for this action"',
  errorNoBenefits: '"Looks like you don\'t have any benefits yet"',
  errorAlreadyAssociated: '"This Access ID is already associated to an account"',
  // Paid plans and links (domain §8, §9)
  paidPlans: 'Premier / Advanced Support for Partners, buy more support',
  usefulLinks: 'links: Partner Center dashboard, articles',
  // Hand-off session
  ticketStatus: 'status of my helpdesk ticket',
  ticketWithdraw: 'withdraw / cancel my ticket',
  backToBot: 'back to the bot (leave the helpdesk conversation)',
  useChannelForTickets: 'helpdesk: use this channel for tickets',
} as const;

export type Intent = keyof typeof INTENTS;
export const intentNames = Object.keys(INTENTS) as Intent[];

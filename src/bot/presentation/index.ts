/** How the program's facts read in each language: one place for chat, cards, tickets and the tab. */
export { formatDate, formatTime } from './dates.js';
export { joinList, peopleList } from './lists.js';
export { activatingRoles, benefitLine, benefitName, competencyName, everyOffer, incidentsText, offerShortNames, linkTitle, links, offerName, offersText, roleName, rolesText } from './programNames.js';
export { benefitAmount, benefitFact, type AmountGrant } from './benefitAmounts.js';
export { CONTRACTS_LISTED, mostRelevant, moreContractsText, type CappedList } from './contractCap.js';
export { contractFacts, contractLine, contractStatus, type Fact, type ShownIds } from './contractFacts.js';
export { requestedBy, requestedByLabel } from './requestedBy.js';
export { snapshotText, topicName, type SnapshotText } from './ticketText.js';
export { vocabulary } from './vocabulary.js';

/**
 * Wording of answers about benefits that are data only (declared in
 * program.json, granted by "benefit" rules): their names, units and amounts
 * come from the data, so these sentences fit any such benefit.
 */
import { defineMessages } from '../../../i18n/messages.js';

export const dataBenefitMessages = defineMessages(
  {
    offerIncludes: '{offer} includes {benefit}: {amount}.',
    offerLacks: '{offer} does not include {benefit}.',
    companyHolds: '{company} has {benefit}: {amount}, set by {offer}.',
    companyLacks: 'None of the offers {company} holds ({offers}) includes {benefit}.',
    byOffer: '{benefit} by offer: {list}.',
    alsoHolds: 'Also: {list}.',
  },
  {
    offerIncludes: '{offer}には{benefit}が含まれます: {amount}。',
    offerLacks: '{offer}には{benefit}は含まれません。',
    companyHolds: '{company} の{benefit}は {amount} です ({offer} によるもの)。',
    companyLacks: '{company} が保有するオファー ({offers}) には{benefit}は含まれません。',
    byOffer: 'オファーごとの{benefit}: {list}。',
    alsoHolds: 'ほかに {list}。',
  },
);

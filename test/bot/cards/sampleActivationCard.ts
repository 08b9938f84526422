/** Activation-card data for renderer tests: one company's card, its words set by the caller. */
import type { CardDataByName } from '../../../src/bot/cards/cardTemplates.js';

export function sampleActivationCard(words: { title: string; summary: string; refreshTitle: string; fallbackText: string }, company = 'a'): CardDataByName['activationRequest'] {
  return {
    ...words,
    intro: '',
    facts: [],
    benefitsHeading: 'Benefits',
    benefits: ['Product support'],
    status: '',
    showActivate: true,
    activateTitle: 'Activate',
    activateData: { verb: 'activate', step: 'confirm', tenantId: `tenant-${company}`, userId: `aad-${company}` },
    refreshData: { verb: 'activate', step: 'refresh', tenantId: `tenant-${company}`, userId: `aad-${company}` },
    refreshUserIds: [],
    why: [],
    whyTitle: 'Why?',
  };
}

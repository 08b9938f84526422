/**
 * Text from requesters (and agents) shown in a card's TextBlocks, which Teams
 * renders as markdown: a "[Partner Center](https://…)" typed by a requester
 * would become a clickable link in the helpdesk's card, looking as if the bot
 * vouched for it. A zero-width space after "]" and after "<" keeps every
 * character visible while no link syntax (inline or <autolink>) survives.
 */
const ZERO_WIDTH_SPACE = '\u200B';

export function asLiteralText(text: string): string {
  return text.replaceAll('](', `]${ZERO_WIDTH_SPACE}(`).replaceAll('<', `<${ZERO_WIDTH_SPACE}`);
}

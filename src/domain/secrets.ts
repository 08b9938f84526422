/**
 * Access IDs and Contract IDs are secrets: shown whole only to their owner in
 * a 1:1 chat. Everywhere else (group chats, channels, tickets, logs) they are
 * masked to their last four characters, enough to tell two apart.
 */
export function maskSecret(value: string): string {
  const visible = value.slice(-4);
  return `••••${visible}`;
}

/** GUID-shaped Access IDs, long digit runs (Contract IDs) and long alphanumeric codes. */
const SECRET_LIKE = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|\b\d{8,}\b|\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{4,}(?:-[A-Z0-9]{4,}){2,}\b/gi;

/** Masks everything in free text that looks like an Access or Contract ID. */
export function maskSecretsInText(text: string): string {
  return text.replace(SECRET_LIKE, (match) => maskSecret(match));
}

-- Reminders, escalations and the helpdesk digest.

-- Claim-before-send markers: the primary key is the event's idempotency key,
-- so of several replicas claiming one event exactly one INSERT succeeds.
CREATE TABLE event_markers (
  key text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('reminder', 'escalation', 'digest')),
  state text NOT NULL CHECK (state IN ('claimed', 'sent', 'undeliverable')),
  claimed_at timestamptz NOT NULL,
  settled_at timestamptz,
  tenant_id text,
  recipient text,
  topic text
);
CREATE INDEX event_markers_by_kind_and_time ON event_markers (kind, claimed_at);

CREATE TABLE reminder_preferences (
  tenant_id text NOT NULL,
  aad_object_id text NOT NULL,
  opted_out boolean NOT NULL,
  at timestamptz NOT NULL,
  language text CHECK (language IN ('en', 'ja')),
  PRIMARY KEY (tenant_id, aad_object_id)
);

-- Masked text only; purged after the retention period.
CREATE TABLE unanswered_questions (
  key text PRIMARY KEY,
  at timestamptz NOT NULL,
  language text NOT NULL CHECK (language IN ('en', 'ja')),
  text text NOT NULL
);
CREATE INDEX unanswered_questions_by_time ON unanswered_questions (at);

-- What the escalation scan and the reports select tickets by.
ALTER TABLE tickets ADD COLUMN status text, ADD COLUMN updated_at timestamptz;
UPDATE tickets SET status = ticket->>'status', updated_at = (ticket->>'updatedAt')::timestamptz;
ALTER TABLE tickets ALTER COLUMN status SET NOT NULL, ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX tickets_unclaimed ON tickets (number) WHERE status = 'open';
CREATE INDEX tickets_by_update ON tickets (updated_at);

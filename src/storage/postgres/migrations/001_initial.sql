-- The partner directory, contracts and customers (imported), what the bot
-- writes while it runs (activation requests, tickets, conversation addresses),
-- and the state several replicas share. Record order (seq) is insertion order.

-- One row per partner company (tenant). People, contracts, customers and
-- requests refer to it. A row may exist before the company's profile does
-- (an import brings people first, a user writes before the company is
-- registered): until then its profile columns are null and the company is
-- "not found".
CREATE TABLE companies (
  tenant_id text PRIMARY KEY,
  name text,
  offers jsonb,
  csp boolean,
  activation_status text CHECK (activation_status IN ('notActivated', 'pending', 'activated')),
  activation_requested_by text,
  activation_requested_at timestamptz,
  activated_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT profile_complete_or_absent CHECK (
    (name IS NULL AND offers IS NULL AND csp IS NULL AND activation_status IS NULL)
    OR (name IS NOT NULL AND offers IS NOT NULL AND csp IS NOT NULL AND activation_status IS NOT NULL))
);

CREATE TABLE people (
  tenant_id text NOT NULL REFERENCES companies (tenant_id),
  aad_object_id text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  name text NOT NULL,
  roles text[] NOT NULL,
  mpn boolean NOT NULL,
  csp boolean NOT NULL,
  PRIMARY KEY (tenant_id, aad_object_id)
);

CREATE TABLE contracts (
  tenant_id text NOT NULL REFERENCES companies (tenant_id),
  id text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  benefit text NOT NULL CHECK (benefit IN ('productSupport', 'signatureCloudSupport')),
  cloud_package text CHECK (cloud_package IN ('unlimited', '5pack', '10pack')),
  incidents_total integer CHECK (incidents_total >= 0),
  incidents_remaining integer CHECK (incidents_remaining >= 0),
  start_date date NOT NULL,
  end_date date NOT NULL,
  access_id text NOT NULL,
  contract_id text NOT NULL,
  associations jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX contracts_by_ids ON contracts (tenant_id, access_id, contract_id);

CREATE TABLE customers (
  tenant_id text NOT NULL REFERENCES companies (tenant_id),
  id text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  name text NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE activation_requests (
  tenant_id text NOT NULL REFERENCES companies (tenant_id),
  id text NOT NULL,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  -- Same key = same request: a double click, on any replica, stores one row.
  idempotency_key text NOT NULL,
  requested_by text NOT NULL,
  requested_at timestamptz NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
  decided_by text,
  decided_at timestamptz,
  reason text,
  benefits jsonb,
  language text,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, idempotency_key)
);
CREATE INDEX activation_requests_pending ON activation_requests (requested_at) WHERE status = 'pending';

CREATE TABLE user_references (
  tenant_id text NOT NULL REFERENCES companies (tenant_id),
  aad_object_id text NOT NULL,
  reference jsonb NOT NULL,
  PRIMARY KEY (tenant_id, aad_object_id)
);

-- Single values of the whole bot (the helpdesk channel's address).
CREATE TABLE settings (
  name text PRIMARY KEY,
  value jsonb NOT NULL
);

CREATE SEQUENCE ticket_numbers START 1001;
CREATE TABLE tickets (
  id text PRIMARY KEY,
  number integer NOT NULL UNIQUE,
  requester_tenant_id text NOT NULL,
  requester_aad_object_id text NOT NULL,
  card_activity_id text,
  pending_work boolean NOT NULL,
  ticket jsonb NOT NULL
);
CREATE INDEX tickets_by_requester ON tickets (requester_tenant_id, requester_aad_object_id);
CREATE INDEX tickets_by_card ON tickets (card_activity_id) WHERE card_activity_id IS NOT NULL;
CREATE INDEX tickets_with_pending_work ON tickets (number) WHERE pending_work;

CREATE TABLE outbox (
  id text PRIMARY KEY,
  seq bigint GENERATED ALWAYS AS IDENTITY,
  tenant_id text NOT NULL,
  aad_object_id text NOT NULL,
  item jsonb NOT NULL
);

CREATE TABLE processed_activities (
  key text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX processed_activities_expiry ON processed_activities (expires_at);

CREATE TABLE conversation_contexts (
  key text PRIMARY KEY,
  context jsonb NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX conversation_contexts_expiry ON conversation_contexts (expires_at);

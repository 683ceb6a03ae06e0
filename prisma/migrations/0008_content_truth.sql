-- Content that tells the truth (issue 12): project periods, dialable phone numbers,
-- a first contact per city, partner organisations, Stadtteile, and translations of
-- every public text with who reviewed them.

-- Frankfurt's districts are Ortsbezirke and Rostock's Ortsbeiratsbereiche: labelled as
-- what they are, not as Stadtbezirke.
ALTER TYPE district_kind ADD VALUE IF NOT EXISTS 'ORTSBEZIRK';
ALTER TYPE district_kind ADD VALUE IF NOT EXISTS 'ORTSBEIRATSBEREICH';

-- A project's period as the document states it: valid_until is the last day the
-- stated period covers ("bis August 2017" → 2017-08-31), period_precision says how
-- much of the date was printed, so pages show "August 2017", never an invented day.
ALTER TABLE offer ADD COLUMN IF NOT EXISTS valid_from date;
ALTER TABLE offer ADD COLUMN IF NOT EXISTS valid_until date;
ALTER TABLE offer ADD COLUMN IF NOT EXISTS period_precision text;
ALTER TABLE offer ADD CONSTRAINT offer_period_precision_check
  CHECK (period_precision IS NULL OR period_precision IN ('year', 'month', 'day'));
ALTER TABLE offer ADD CONSTRAINT offer_period_order_check
  CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_from <= valid_until);
CREATE INDEX IF NOT EXISTS offer_valid_until_idx ON offer (valid_until) WHERE valid_until IS NOT NULL;

-- The number as printed stays in phone; phone_dialable is its E.164 form for tel:
-- links and vCards. A number printed without area code gets the city's, and
-- phone_area_code_added says so, because that digit string is ours, not the source's.
ALTER TABLE offer ADD COLUMN IF NOT EXISTS phone_dialable text;
ALTER TABLE offer ADD COLUMN IF NOT EXISTS phone_area_code_added boolean NOT NULL DEFAULT false;
ALTER TABLE contact ADD COLUMN IF NOT EXISTS phone_dialable text;
ALTER TABLE contact ADD COLUMN IF NOT EXISTS phone_area_code_added boolean NOT NULL DEFAULT false;

ALTER TABLE city ADD COLUMN IF NOT EXISTS area_code text;
ALTER TABLE city ADD COLUMN IF NOT EXISTS first_contact_offer_id uuid REFERENCES offer (id) ON DELETE SET NULL;
ALTER TABLE city ADD COLUMN IF NOT EXISTS stadtteile_kind text;
ALTER TABLE city ADD COLUMN IF NOT EXISTS stadtteile_source text;
ALTER TABLE district ADD COLUMN IF NOT EXISTS stadtteile text[] NOT NULL DEFAULT '{}';

-- Organisations an offer's text names beside its Träger (partners, co-Träger).
CREATE TABLE IF NOT EXISTS offer_partner (
  offer_id uuid NOT NULL REFERENCES offer (id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES provider (id) ON DELETE CASCADE,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (offer_id, provider_id)
);
CREATE INDEX IF NOT EXISTS offer_partner_provider_idx ON offer_partner (provider_id);

ALTER TABLE offer_translation ADD COLUMN IF NOT EXISTS cost_note text;
-- German contact role → its translation; roles are few and repeat across contacts.
ALTER TABLE offer_translation ADD COLUMN IF NOT EXISTS contact_roles jsonb NOT NULL DEFAULT '{}';
ALTER TABLE offer_translation ADD COLUMN IF NOT EXISTS reviewed_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL;
-- The fingerprint of the German texts a translation was made from: a changed German
-- text shows which translations need a new look.
ALTER TABLE offer_translation ADD COLUMN IF NOT EXISTS source_fingerprint text;

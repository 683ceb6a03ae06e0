-- Foundation: cities, districts, providers, taxonomies, offers and their contacts,
-- hours and translations. Keep in sync with prisma/schema.prisma.

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change), so it cannot be used in
-- an index; this wrapper pins the dictionary and is declared IMMUTABLE.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TYPE district_kind AS ENUM ('STADTBEZIRK', 'STADTTEIL', 'ORTSTEIL');
CREATE TYPE provider_kind AS ENUM ('KOMMUNE', 'WOHLFAHRTSVERBAND', 'VEREIN', 'KIRCHE', 'STIFTUNG', 'GENOSSENSCHAFT', 'UNTERNEHMEN', 'SONSTIGE');
CREATE TYPE umbrella AS ENUM ('AWO', 'CARITAS', 'DIAKONIE', 'DRK', 'ASB', 'PARITAETISCHER', 'ZWST');
CREATE TYPE offer_status AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

CREATE TABLE city (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  bundesland text NOT NULL,
  steering text,
  delivery text,
  cooperation text[] NOT NULL DEFAULT '{}',
  goals text,
  funding_priorities text[] NOT NULL DEFAULT '{}',
  district_kind district_kind NOT NULL DEFAULT 'STADTBEZIRK',
  districts_source text,
  source_document text,
  source_section text,
  translations jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL
);

CREATE TABLE district (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  city_id uuid NOT NULL REFERENCES city(id) ON DELETE CASCADE ON UPDATE CASCADE,
  slug text NOT NULL,
  name text NOT NULL,
  kind district_kind NOT NULL DEFAULT 'STADTBEZIRK',
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL,
  UNIQUE (city_id, slug)
);

CREATE TABLE handlungsfeld (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  position integer NOT NULL DEFAULT 0,
  translations jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE offer_type (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  position integer NOT NULL DEFAULT 0,
  translations jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE target_group (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  position integer NOT NULL DEFAULT 0,
  translations jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE accessibility_feature (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  position integer NOT NULL DEFAULT 0,
  translations jsonb NOT NULL DEFAULT '{}'
);

CREATE TABLE city_site_count (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  city_id uuid NOT NULL REFERENCES city(id) ON DELETE CASCADE ON UPDATE CASCADE,
  offer_type_id uuid REFERENCES offer_type(id) ON DELETE SET NULL ON UPDATE CASCADE,
  label text NOT NULL,
  count integer NOT NULL CHECK (count > 0),
  source_document text,
  position integer NOT NULL DEFAULT 0
);
CREATE INDEX city_site_count_city_id_idx ON city_site_count (city_id);

CREATE TABLE provider (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  kind provider_kind NOT NULL DEFAULT 'SONSTIGE',
  umbrella umbrella,
  website text,
  city_id uuid REFERENCES city(id) ON DELETE SET NULL ON UPDATE CASCADE,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL
);
CREATE INDEX provider_city_id_idx ON provider (city_id);

CREATE TABLE offer (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  summary text NOT NULL,
  description text NOT NULL,
  type_id uuid NOT NULL REFERENCES offer_type(id) ON DELETE RESTRICT ON UPDATE CASCADE,
  city_id uuid NOT NULL REFERENCES city(id) ON DELETE RESTRICT ON UPDATE CASCADE,
  provider_id uuid REFERENCES provider(id) ON DELETE SET NULL ON UPDATE CASCADE,
  serves_whole_city boolean NOT NULL DEFAULT false,
  street text,
  postcode text CHECK (postcode ~ '^[0-9]{5}$'),
  locality text,
  latitude numeric(9, 6) CHECK (latitude BETWEEN -90 AND 90),
  longitude numeric(9, 6) CHECK (longitude BETWEEN -180 AND 180),
  phone text,
  email text,
  website text,
  languages text[] NOT NULL DEFAULT '{}',
  free_of_charge boolean,
  cost_note text,
  status offer_status NOT NULL DEFAULT 'DRAFT',
  source_document text,
  source_section text,
  last_verified_at date,
  published_at timestamptz(3),
  version integer NOT NULL DEFAULT 1 CHECK (version > 0),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL
);
CREATE INDEX offer_city_id_status_idx ON offer (city_id, status);
CREATE INDEX offer_type_id_idx ON offer (type_id);
CREATE INDEX offer_provider_id_idx ON offer (provider_id);
-- Search (German stemming over umlaut-folded text; trigram similarity for typos).
CREATE INDEX offer_fts_idx ON offer USING gin (
  to_tsvector('german', f_unaccent(name || ' ' || summary || ' ' || description))
);
CREATE INDEX offer_name_trgm_idx ON offer USING gin (f_unaccent(lower(name)) gin_trgm_ops);

CREATE TABLE offer_district (
  offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE ON UPDATE CASCADE,
  district_id uuid NOT NULL REFERENCES district(id) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY (offer_id, district_id)
);
CREATE INDEX offer_district_district_id_idx ON offer_district (district_id);

CREATE TABLE offer_handlungsfeld (
  offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE ON UPDATE CASCADE,
  handlungsfeld_id uuid NOT NULL REFERENCES handlungsfeld(id) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY (offer_id, handlungsfeld_id)
);
CREATE INDEX offer_handlungsfeld_handlungsfeld_id_idx ON offer_handlungsfeld (handlungsfeld_id);

CREATE TABLE offer_target_group (
  offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE ON UPDATE CASCADE,
  target_group_id uuid NOT NULL REFERENCES target_group(id) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY (offer_id, target_group_id)
);
CREATE INDEX offer_target_group_target_group_id_idx ON offer_target_group (target_group_id);

CREATE TABLE offer_accessibility (
  offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE ON UPDATE CASCADE,
  feature_id uuid NOT NULL REFERENCES accessibility_feature(id) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY (offer_id, feature_id)
);
CREATE INDEX offer_accessibility_feature_id_idx ON offer_accessibility (feature_id);

CREATE TABLE contact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE ON UPDATE CASCADE,
  position integer NOT NULL DEFAULT 0,
  name text,
  role text,
  department text,
  phone text,
  email text,
  street text,
  postcode text CHECK (postcode ~ '^[0-9]{5}$'),
  locality text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL
);
CREATE INDEX contact_offer_id_idx ON contact (offer_id);

CREATE TABLE opening_hours (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE ON UPDATE CASCADE,
  weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
  opens text NOT NULL CHECK (opens ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  closes text NOT NULL CHECK (closes ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  note text
);
CREATE INDEX opening_hours_offer_id_idx ON opening_hours (offer_id);

CREATE TABLE schedule_exception (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE ON UPDATE CASCADE,
  date date NOT NULL,
  closed boolean NOT NULL DEFAULT true,
  opens text CHECK (opens ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
  closes text CHECK (closes ~ '^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$'),
  note text,
  UNIQUE (offer_id, date)
);

CREATE TABLE offer_translation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  offer_id uuid NOT NULL REFERENCES offer(id) ON DELETE CASCADE ON UPDATE CASCADE,
  locale text NOT NULL,
  name text,
  summary text,
  description text,
  reviewed boolean NOT NULL DEFAULT false,
  reviewed_at timestamptz(3),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL,
  UNIQUE (offer_id, locale)
);
CREATE INDEX offer_translation_locale_idx ON offer_translation (locale);

-- Search across languages: every offer_translation gets its own search document, so a
-- query in the reader's language also finds offers by their translated texts.
--   Configuration: 'german' for Leichte Sprache (German), 'simple' (no stemming, no stop
--   words) for all others: PostgreSQL has no stemmer for Polish or Ukrainian, and a wrong
--   stemmer hurts more than none. Query words match as prefixes instead
--   ("danış" finds "danışmanlık"), see offer_translation_search_query().
--   The document also carries the words that are never translated (the German name, the
--   type name, Träger and contact names, street, locality), so that a query mixing a
--   translated word with a proper name ("buluşma Deich") still matches.
-- Keep in sync with prisma/schema.prisma.

ALTER TABLE offer_translation ADD COLUMN search_vector tsvector;

CREATE OR REPLACE FUNCTION search_config_for(locale text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN locale = 'de' OR locale LIKE 'de-%' THEN 'german'::regconfig ELSE 'simple'::regconfig END $$;

CREATE OR REPLACE FUNCTION offer_translation_search_fill() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  cfg regconfig := search_config_for(NEW.locale);
  offer_name text;
  offer_place text;
  type_name text;
  provider_name text;
  contact_names text;
BEGIN
  SELECT o.name, concat_ws(' ', o.street, o.locality),
         coalesce(nullif(t.translations -> NEW.locale ->> 'name', ''), t.name), p.name
    INTO offer_name, offer_place, type_name, provider_name
    FROM offer o JOIN offer_type t ON t.id = o.type_id LEFT JOIN provider p ON p.id = o.provider_id
   WHERE o.id = NEW.offer_id;
  SELECT string_agg(concat_ws(' ', c.name, c.department), ' ')
    INTO contact_names FROM contact c WHERE c.offer_id = NEW.offer_id;
  -- f_unaccent is STRICT and NULL || tsvector is NULL: every part must be a text.
  NEW.search_vector :=
    setweight(to_tsvector(cfg, f_unaccent(coalesce(nullif(NEW.name, ''), offer_name, ''))), 'A') ||
    setweight(to_tsvector(cfg, f_unaccent(concat_ws(' ', offer_name, type_name, provider_name, contact_names))), 'B') ||
    setweight(to_tsvector(cfg, f_unaccent(coalesce(NEW.summary, ''))), 'C') ||
    setweight(to_tsvector(cfg, f_unaccent(concat_ws(' ', NEW.description, offer_place))), 'D');
  RETURN NEW;
END $$;

CREATE TRIGGER offer_translation_search_fill
  BEFORE INSERT OR UPDATE OF locale, name, summary, description, search_vector
  ON offer_translation FOR EACH ROW EXECUTE FUNCTION offer_translation_search_fill();

-- The offer's own document changes whenever a word the translation documents borrow
-- changes (name, address, type, Träger, contacts: see 0002_search.sql).
CREATE OR REPLACE FUNCTION offer_translation_refresh_from_offer() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE offer_translation SET search_vector = NULL WHERE offer_id = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER offer_translation_refresh_from_offer
  AFTER UPDATE ON offer FOR EACH ROW
  WHEN (OLD.search_vector IS DISTINCT FROM NEW.search_vector)
  EXECUTE FUNCTION offer_translation_refresh_from_offer();

-- A translated type name feeds the documents of every offer of that type.
CREATE OR REPLACE FUNCTION offer_translation_refresh_from_type() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE offer_translation SET search_vector = NULL
   WHERE offer_id IN (SELECT o.id FROM offer o WHERE o.type_id IN (
           SELECT n.id FROM new_rows n JOIN old_rows x ON x.id = n.id WHERE n.translations IS DISTINCT FROM x.translations));
  RETURN NULL;
END $$;

CREATE TRIGGER offer_type_translation_search_update AFTER UPDATE ON offer_type
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_translation_refresh_from_type();

UPDATE offer_translation SET search_vector = NULL;

CREATE INDEX offer_translation_search_vector_idx ON offer_translation USING gin (search_vector) WITH (fastupdate = off);

-- words: the reader's words (letters and digits only, split by the app). Every word must
-- match (AND); from three letters on a word also matches the longer words it begins.
CREATE OR REPLACE FUNCTION offer_translation_search_query(words text[], locale text) RETURNS tsquery
  LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  cfg regconfig := search_config_for(locale);
  result tsquery;
  part tsquery;
  folded text;
BEGIN
  FOREACH folded IN ARRAY coalesce(words, '{}') LOOP
    folded := lower(f_unaccent(folded));
    CONTINUE WHEN folded IS NULL OR folded = '';
    part := plainto_tsquery(cfg, folded);
    CONTINUE WHEN numnode(part) = 0;
    IF length(folded) >= 3 AND numnode(part) = 1 THEN
      part := (part::text || ':*')::tsquery;
    END IF;
    result := CASE WHEN result IS NULL THEN part ELSE result && part END;
  END LOOP;
  RETURN result;
END $$;

-- Search: one maintained search document per offer, because the text people search
-- for lives in four tables (offer, offer_type, provider, contact) and an index can
-- only cover columns of one table. Triggers keep it current.
--   search_vector: German stemming over umlaut/ß-folded text, weighted
--                  A = offer name, B = type, provider and contact names, C = summary,
--                  D = description and address
-- Typo tolerance: pg_trgm compares whole words far better than it compares a word with
-- a long text, so search_word keeps the vocabulary of all offer texts and
-- offer_search_query() widens each query word with its closest vocabulary words.

ALTER TABLE offer ADD COLUMN search_vector tsvector;

CREATE TABLE search_word (
  word text PRIMARY KEY
);
-- fastupdate off: offers change rarely, and an unmerged pending list makes the
-- planner price the index so high that it prefers reading the whole table.
CREATE INDEX search_word_trgm_idx ON search_word USING gin (word gin_trgm_ops) WITH (fastupdate = off);

CREATE OR REPLACE FUNCTION offer_search_fill() RETURNS trigger
  LANGUAGE plpgsql AS $$
DECLARE
  type_name text;
  provider_name text;
  contact_names text;
BEGIN
  SELECT t.name INTO type_name FROM offer_type t WHERE t.id = NEW.type_id;
  SELECT p.name INTO provider_name FROM provider p WHERE p.id = NEW.provider_id;
  SELECT string_agg(coalesce(c.name, '') || ' ' || coalesce(c.department, ''), ' ')
    INTO contact_names FROM contact c WHERE c.offer_id = NEW.id;
  NEW.search_vector :=
    setweight(to_tsvector('german', f_unaccent(NEW.name)), 'A') ||
    setweight(to_tsvector('german', f_unaccent(concat_ws(' ', type_name, provider_name, contact_names))), 'B') ||
    setweight(to_tsvector('german', f_unaccent(NEW.summary)), 'C') ||
    setweight(to_tsvector('german', f_unaccent(concat_ws(' ', NEW.description, NEW.street, NEW.locality))), 'D');
  -- Words of deleted offers stay: a stale word only widens a query by one term that matches nothing.
  INSERT INTO search_word (word)
    SELECT DISTINCT w FROM regexp_split_to_table(
      lower(f_unaccent(concat_ws(' ', NEW.name, type_name, provider_name, contact_names, NEW.summary, NEW.description, NEW.street, NEW.locality))),
      '[^[:alnum:]]+') AS w
     WHERE length(w) BETWEEN 4 AND 40 AND w !~ '^[0-9]+$'
    ON CONFLICT DO NOTHING;
  RETURN NEW;
END $$;

-- Only the columns that feed the document; status or hours changes stay cheap.
-- Related tables set search_vector to NULL to ask for a refresh.
CREATE TRIGGER offer_search_fill
  BEFORE INSERT OR UPDATE OF name, summary, description, street, locality, type_id, provider_id, search_vector
  ON offer FOR EACH ROW EXECUTE FUNCTION offer_search_fill();

-- Statement-level with transition tables so bulk loads refresh each offer once per statement.
CREATE OR REPLACE FUNCTION offer_search_refresh_from_contacts() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    UPDATE offer SET search_vector = NULL WHERE id IN (SELECT offer_id FROM new_rows);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE offer SET search_vector = NULL WHERE id IN (SELECT offer_id FROM old_rows);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER contact_search_insert AFTER INSERT ON contact
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_search_refresh_from_contacts();
CREATE TRIGGER contact_search_update AFTER UPDATE ON contact
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_search_refresh_from_contacts();
CREATE TRIGGER contact_search_delete AFTER DELETE ON contact
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_search_refresh_from_contacts();

CREATE OR REPLACE FUNCTION offer_search_refresh_from_type() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE offer SET search_vector = NULL
   WHERE type_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name);
  RETURN NULL;
END $$;

CREATE TRIGGER offer_type_search_update AFTER UPDATE ON offer_type
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_search_refresh_from_type();

CREATE OR REPLACE FUNCTION offer_search_refresh_from_provider() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE offer SET search_vector = NULL
   WHERE provider_id IN (SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name);
  RETURN NULL;
END $$;

CREATE TRIGGER provider_search_update AFTER UPDATE ON provider
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offer_search_refresh_from_provider();

-- Fill the document for offers that already exist (the trigger recomputes both columns).
UPDATE offer SET search_vector = NULL;

CREATE INDEX offer_search_vector_idx ON offer USING gin (search_vector) WITH (fastupdate = off);

-- words: the user's words (letters and digits only, split by the app). Every word must
-- match (AND). A word matches its own stem, the vocabulary words it begins ("senioren"
-- finds "seniorenburo") and its nearest vocabulary words by trigram similarity
-- ("senoirenburo" finds "seniorenburo"). Only exact lexemes go into the tsquery: the
-- planner estimates those from the statistics, while lexeme:* prefixes are guessed so
-- coarsely that it would scan the whole table.
CREATE OR REPLACE FUNCTION offer_search_query(words text[]) RETURNS tsquery
  LANGUAGE plpgsql STABLE PARALLEL SAFE AS $$
DECLARE
  result tsquery;
  part tsquery;
  folded text;
  near text;
BEGIN
  FOREACH folded IN ARRAY coalesce(words, '{}') LOOP
    folded := lower(f_unaccent(folded));
    CONTINUE WHEN folded IS NULL OR folded = '';
    part := plainto_tsquery('german', folded);
    -- A stop word ("der", "und") is skipped rather than widened or matched.
    CONTINUE WHEN numnode(part) = 0;
    IF length(folded) >= 3 THEN
      FOR near IN
        (SELECT s.word FROM search_word s
          WHERE s.word LIKE regexp_replace(folded, '([%_\\])', '\\\1', 'g') || '%' AND s.word <> folded
          ORDER BY length(s.word), s.word LIMIT 12)
        UNION
        (SELECT s.word FROM search_word s
          WHERE length(folded) >= 4 AND s.word % folded AND similarity(s.word, folded) >= 0.45 AND s.word <> folded
          ORDER BY similarity(s.word, folded) DESC, s.word LIMIT 5)
      LOOP
        part := part || plainto_tsquery('german', near);
      END LOOP;
    END IF;
    result := CASE WHEN result IS NULL THEN part ELSE result && part END;
  END LOOP;
  RETURN result;
END $$;

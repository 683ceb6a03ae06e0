-- Search facets: the search page filters and counts every matching offer by its
-- Handlungsfelder, target groups, accessibility features and opening hours. Reading
-- those from four tables per matching offer made the counts slow with many offers, so
-- the offer row carries copies that triggers keep current:
--   handlungsfeld_ids, target_group_ids, accessibility_ids: the linked ids (sorted;
--     offer_handlungsfeld etc. stay the source of truth).
--   open_bounds: the weekly opening hours as sorted minute-of-week boundaries
--     [open, close, open, close, …] (Monday 00:00 = 0, half-open ranges, merged), so
--     "open at minute m" is width_bucket(m, open_bounds) being odd. A range whose closing
--     time is not after its opening time runs past midnight into the next day; Sunday
--     night runs into Monday morning.
--   facet_set_id: the offer's combination of type, languages, free of charge,
--     Handlungsfelder, target groups and accessibility features, numbered in
--     offer_facet_set. Far fewer combinations exist than offers, so counting the
--     matching offers per combination (one small integer per offer) and then per facet
--     value is much cheaper than reading every array of every offer.
-- Keep in sync with prisma/schema.prisma (the fields are @ignore there: the app never reads
-- or writes them through Prisma).

ALTER TABLE offer
  ADD COLUMN handlungsfeld_ids uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN target_group_ids uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN accessibility_ids uuid[] NOT NULL DEFAULT '{}',
  ADD COLUMN open_bounds int[] NOT NULL DEFAULT '{}',
  -- 0 only until the offer's combination is numbered (below: backfill, then trigger).
  ADD COLUMN facet_set_id int NOT NULL DEFAULT 0;

CREATE TABLE offer_facet_set (
  id serial PRIMARY KEY,
  type_id uuid NOT NULL,
  languages text[] NOT NULL,
  free_of_charge boolean,
  handlungsfeld_ids uuid[] NOT NULL,
  target_group_ids uuid[] NOT NULL,
  accessibility_ids uuid[] NOT NULL,
  -- Rows are never deleted: an unused combination only costs its row.
  UNIQUE NULLS NOT DISTINCT (type_id, languages, free_of_charge, handlungsfeld_ids, target_group_ids, accessibility_ids)
);

CREATE OR REPLACE FUNCTION offer_facet_set_id(
  p_type_id uuid, p_languages text[], p_free_of_charge boolean,
  p_handlungsfeld_ids uuid[], p_target_group_ids uuid[], p_accessibility_ids uuid[]) RETURNS int
  LANGUAGE plpgsql AS $$
DECLARE
  result int;
BEGIN
  LOOP
    SELECT s.id INTO result FROM offer_facet_set s
     WHERE s.type_id = p_type_id AND s.languages = p_languages AND s.free_of_charge IS NOT DISTINCT FROM p_free_of_charge
       AND s.handlungsfeld_ids = p_handlungsfeld_ids AND s.target_group_ids = p_target_group_ids
       AND s.accessibility_ids = p_accessibility_ids;
    IF FOUND THEN
      RETURN result;
    END IF;
    -- A concurrent transaction may add the same combination: then read it on the next round.
    INSERT INTO offer_facet_set (type_id, languages, free_of_charge, handlungsfeld_ids, target_group_ids, accessibility_ids)
    VALUES (p_type_id, p_languages, p_free_of_charge, p_handlungsfeld_ids, p_target_group_ids, p_accessibility_ids)
    ON CONFLICT DO NOTHING
    RETURNING id INTO result;
    IF result IS NOT NULL THEN
      RETURN result;
    END IF;
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION offer_facet_set_fill() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.facet_set_id := offer_facet_set_id(NEW.type_id, NEW.languages, NEW.free_of_charge,
                                         NEW.handlungsfeld_ids, NEW.target_group_ids, NEW.accessibility_ids);
  RETURN NEW;
END $$;

-- 'HH:MM' (24:00 allowed for closing times, see the checks on opening_hours) in minutes.
CREATE OR REPLACE FUNCTION clock_minutes(t text) RETURNS int
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT split_part(t, ':', 1)::int * 60 + split_part(t, ':', 2)::int $$;

CREATE OR REPLACE FUNCTION offer_open_bounds(offer uuid) RETURNS int[]
  LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(b ORDER BY b), '{}')
    FROM unnest((
           SELECT range_agg(r) FROM (
             -- The day itself: until closing, or until midnight when it runs past midnight.
             SELECT int4range((h.weekday - 1) * 1440 + clock_minutes(h.opens),
                              (h.weekday - 1) * 1440 + CASE WHEN clock_minutes(h.closes) > clock_minutes(h.opens)
                                                            THEN clock_minutes(h.closes) ELSE 1440 END) AS r
               FROM opening_hours h WHERE h.offer_id = offer
             UNION ALL
             -- The next morning of a range that runs past midnight.
             SELECT int4range((h.weekday % 7) * 1440, (h.weekday % 7) * 1440 + clock_minutes(h.closes))
               FROM opening_hours h WHERE h.offer_id = offer AND clock_minutes(h.closes) <= clock_minutes(h.opens)
           ) ranges
         )) AS m(r),
         unnest(ARRAY[lower(m.r), upper(m.r)]) AS b
$$;

-- Recomputes the copies of the given offers; rows whose copies are current are not written.
CREATE OR REPLACE FUNCTION offer_facets_refresh(offers uuid[]) RETURNS void
  LANGUAGE sql AS $$
  UPDATE offer o
     SET handlungsfeld_ids = f.handlungsfeld_ids, target_group_ids = f.target_group_ids,
         accessibility_ids = f.accessibility_ids, open_bounds = f.open_bounds
    FROM (
      SELECT x.id,
             ARRAY(SELECT h.handlungsfeld_id FROM offer_handlungsfeld h WHERE h.offer_id = x.id ORDER BY 1) AS handlungsfeld_ids,
             ARRAY(SELECT t.target_group_id FROM offer_target_group t WHERE t.offer_id = x.id ORDER BY 1) AS target_group_ids,
             ARRAY(SELECT a.feature_id FROM offer_accessibility a WHERE a.offer_id = x.id ORDER BY 1) AS accessibility_ids,
             offer_open_bounds(x.id) AS open_bounds
        FROM unnest(offers) AS x(id)
    ) f
   WHERE o.id = f.id
     AND (o.handlungsfeld_ids, o.target_group_ids, o.accessibility_ids, o.open_bounds)
         IS DISTINCT FROM (f.handlungsfeld_ids, f.target_group_ids, f.accessibility_ids, f.open_bounds)
$$;

-- Statement-level with transition tables so bulk loads refresh each offer once per statement.
CREATE OR REPLACE FUNCTION offer_facets_refresh_from_links() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM offer_facets_refresh(ARRAY(SELECT DISTINCT offer_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM offer_facets_refresh(ARRAY(SELECT DISTINCT offer_id FROM old_rows));
  ELSE
    PERFORM offer_facets_refresh(ARRAY(SELECT offer_id FROM new_rows UNION SELECT offer_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  link text;
BEGIN
  FOREACH link IN ARRAY ARRAY['offer_handlungsfeld', 'offer_target_group', 'offer_accessibility', 'opening_hours'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                      FOR EACH STATEMENT EXECUTE FUNCTION offer_facets_refresh_from_links()', link || '_facets_insert', link);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                      FOR EACH STATEMENT EXECUTE FUNCTION offer_facets_refresh_from_links()', link || '_facets_update', link);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                      FOR EACH STATEMENT EXECUTE FUNCTION offer_facets_refresh_from_links()', link || '_facets_delete', link);
  END LOOP;
END $$;

-- Fill the copies of the offers that already exist, then number their combinations in bulk
-- (the trigger would do it one offer at a time).
SELECT offer_facets_refresh(ARRAY(SELECT id FROM offer));
INSERT INTO offer_facet_set (type_id, languages, free_of_charge, handlungsfeld_ids, target_group_ids, accessibility_ids)
SELECT DISTINCT type_id, languages, free_of_charge, handlungsfeld_ids, target_group_ids, accessibility_ids FROM offer
ON CONFLICT DO NOTHING;
UPDATE offer o SET facet_set_id = s.id
  FROM offer_facet_set s
 WHERE s.type_id = o.type_id AND s.languages = o.languages AND s.free_of_charge IS NOT DISTINCT FROM o.free_of_charge
   AND s.handlungsfeld_ids = o.handlungsfeld_ids AND s.target_group_ids = o.target_group_ids
   AND s.accessibility_ids = o.accessibility_ids;

CREATE TRIGGER offer_facet_set_fill
  BEFORE INSERT OR UPDATE OF type_id, languages, free_of_charge, handlungsfeld_ids, target_group_ids, accessibility_ids, facet_set_id
  ON offer FOR EACH ROW EXECUTE FUNCTION offer_facet_set_fill();

-- Searches without words read every published offer: this index holds all that the facet
-- counts need of them (the linked ids via facet_set_id), so they are read from it alone.
CREATE INDEX offer_search_facets_idx ON offer (status) INCLUDE (city_id, facet_set_id, serves_whole_city, open_bounds, id);

-- Results without search words are sorted by name (see sortNameSql in lib/search/data.ts;
-- the expression must stay identical there): the first page then comes from this index
-- instead of sorting every published offer.
CREATE INDEX offer_published_sort_name_idx ON offer (translate(lower(name), 'äöüß', 'aous'), id) WHERE status = 'PUBLISHED';

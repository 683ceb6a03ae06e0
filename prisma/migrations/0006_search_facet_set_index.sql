-- Facet counts with two or more filters on type, languages, cost or linked ids read only
-- the offers whose combination (facet_set_id, see 0005_search_facets.sql) fails at most
-- one of them: this index finds those offers without reading the others.
CREATE INDEX IF NOT EXISTS offer_facet_set_id_idx ON offer (facet_set_id);

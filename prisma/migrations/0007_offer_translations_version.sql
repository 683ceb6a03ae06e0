-- The translation form saves every locale of an offer at once; this counter lets that
-- save be a compare-and-set like the offer's own version, so that one of two editors
-- who loaded the same text is told of the other's change instead of overwriting it.
-- Kept apart from offer.version: translating must not make a German edit conflict.
ALTER TABLE offer ADD COLUMN IF NOT EXISTS translations_version integer NOT NULL DEFAULT 1;

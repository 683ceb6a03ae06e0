-- phone_dialable is now derived on every write of an offer or contact (writeOffer, with
-- the city's area code; the seed loader likewise). The reset trigger of 0009 would undo
-- a write that reformats a number without changing its dialable form ("899 899 9" →
-- "8998999"), so it goes; the rule lives in one place, lib/phone/dialable.ts.
DROP TRIGGER IF EXISTS offer_reset_phone_dialable ON offer;
DROP TRIGGER IF EXISTS contact_reset_phone_dialable ON contact;
DROP FUNCTION IF EXISTS reset_phone_dialable();

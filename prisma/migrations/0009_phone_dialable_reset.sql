-- phone_dialable is derived from phone. A write that changes phone without setting a
-- new dialable form (the admin form, a CSV import) clears it, so a tel: link never
-- dials the old number; pages then derive the link from the printed number itself.
CREATE OR REPLACE FUNCTION reset_phone_dialable() RETURNS trigger AS $$
BEGIN
  IF NEW.phone IS DISTINCT FROM OLD.phone AND NEW.phone_dialable IS NOT DISTINCT FROM OLD.phone_dialable THEN
    NEW.phone_dialable := NULL;
    NEW.phone_area_code_added := false;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER offer_reset_phone_dialable BEFORE UPDATE OF phone ON offer
  FOR EACH ROW EXECUTE FUNCTION reset_phone_dialable();
CREATE TRIGGER contact_reset_phone_dialable BEFORE UPDATE OF phone ON contact
  FOR EACH ROW EXECUTE FUNCTION reset_phone_dialable();

import { toDialable } from "@/lib/phone/dialable";

// tel: URIs in E.164 (+49…), which a mobile phone dials from anywhere; printed
// numbers keep their grouping. A number that cannot be made E.164 keeps its digits.
export function toTelHref(phone: string): string {
  const dialable = toDialable(phone, null);
  if (dialable) return `tel:${dialable.e164}`;
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${trimmed.replace(/[^0-9]/g, "")}`;
}

export function PhoneLink({ phone, dialable }: { phone: string; dialable?: string | null }) {
  return (
    <a href={dialable ? `tel:${dialable}` : toTelHref(phone)} dir="ltr" className="inline-block min-h-11 py-2">
      {phone}
    </a>
  );
}

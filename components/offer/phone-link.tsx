// tel: URIs take only digits and a leading +; printed numbers keep their grouping.
export function toTelHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^0-9]/g, "");
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${digits}`;
}

export function PhoneLink({ phone }: { phone: string }) {
  return (
    <a href={toTelHref(phone)} dir="ltr" className="inline-block min-h-11 py-2">
      {phone}
    </a>
  );
}

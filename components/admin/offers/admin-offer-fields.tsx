import type { OfferFormValues } from "@/lib/admin/form-data";

// Rows of the contact editor: the posted ones (or the saved ones), plus one blank
// row for a new contact, so that adding works without JavaScript.
export function toContactRows(values: OfferFormValues): OfferFormValues["contacts"] {
  const rows = values.contacts.filter((c) => c.id || c.name || c.role || c.department || c.phone || c.email);
  return [...rows, { id: "", name: "", role: "", department: "", phone: "", email: "", remove: "" }];
}

export const offerFieldOrder = ["name", "summary", "description", "street", "postcode", "locality", "phone", "email", "website"] as const;

export const contactFieldOrder = ["name", "role", "department", "phone", "email"] as const;

export const contactLabelKeys = {
  name: "contactName",
  role: "contactRole",
  department: "contactDepartment",
  phone: "contactPhone",
  email: "contactEmail",
} as const satisfies Record<(typeof contactFieldOrder)[number], string>;

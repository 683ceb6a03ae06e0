import type { LocalizedText } from "@/lib/directory/types";

export type ReferralContact = {
  name: string | null;
  role: string | null;
  department: string | null;
  street: string | null;
  postcode: string | null;
  locality: string | null;
  phone: string | null;
  phoneDialable: string | null;
  email: string | null;
};

export type ReferralOffer = {
  slug: string;
  name: LocalizedText;
  typeName: LocalizedText;
  cityName: string;
  street: string | null;
  postcode: string | null;
  locality: string | null;
  phone: string | null;
  phoneDialable: string | null;
  email: string | null;
  website: string | null;
  contacts: ReferralContact[];
  openingHours: { weekday: number; opens: string; closes: string; note: string | null }[];
};

import { describe, expect, it } from "vitest";
import type { OfferDetail } from "@/lib/directory/types";
import { applyChangeToDetail } from "./preview";

const detail = {
  slug: "treff",
  name: { text: "Treff", lang: "de", reviewed: true },
  summary: { text: "Kurz", lang: "de", reviewed: true },
  description: { text: "Lang", lang: "de", reviewed: true },
  street: "Alt 1",
  phone: "0211 1",
  contacts: [
    {
      name: "A",
      role: null,
      department: null,
      phone: null,
      phoneDialable: null,
      email: null,
      street: "Weg 2",
      postcode: null,
      locality: null,
    },
  ],
  openingHours: [],
  exceptions: [],
  languages: ["de"],
} as unknown as OfferDetail;

describe("applyChangeToDetail", () => {
  it("shows the changed texts in German and keeps what the change does not touch", () => {
    const shown = applyChangeToDetail(detail, {
      name: "Neuer Treff",
      street: null,
      hours: [{ weekday: 2, opens: "10:00", closes: "12:00", note: null }],
      contacts: [{ id: "x", name: "B", role: "Leitung", department: null, phone: null, email: null }],
    });
    expect(shown.name).toEqual({ text: "Neuer Treff", lang: "de", reviewed: true });
    expect(shown.summary).toBe(detail.summary);
    expect(shown.street).toBeNull();
    expect(shown.phone).toBe("0211 1");
    expect(shown.openingHours).toEqual([{ weekday: 2, opens: "10:00", closes: "12:00", note: null }]);
    expect(shown.contacts).toEqual([
      {
        name: "B",
        role: "Leitung",
        roleShown: { text: "Leitung", lang: "de", reviewed: true },
        department: null,
        phone: null,
        phoneDialable: null,
        email: null,
        street: null,
        postcode: null,
        locality: null,
      },
    ]);
    expect(detail.name.text).toBe("Treff");
  });
});

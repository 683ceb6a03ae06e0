import { describe, expect, it } from "vitest";
import { stableId } from "@/lib/ids/stable-id";
import { serializeCsv } from "./csv";
import type { HsdsService } from "./schema";

const id = stableId("offer", "csv-test");
const service: HsdsService = {
  id,
  name: 'Treff "Am Markt", Mitte',
  description: "Zeile 1\nZeile 2",
  status: "active",
  last_modified: "2025-01-01T00:00:00.000Z",
  phones: [{ id: stableId("p", "1"), number: "0211 1" }],
  schedules: [{ id: stableId("s", "1"), service_id: id, freq: "WEEKLY", wkst: "MO", byday: "TU", opens_at: "10:00", closes_at: "16:00" }],
  service_areas: [],
  service_at_locations: [],
  languages: [],
  contacts: [{ id: stableId("c", "1"), service_id: id, name: "Erika", email: "e@example.org", phones: [] }],
  attributes: [],
  x_partner_organizations: [],
};

describe("CSV export", () => {
  it("writes one quoted row per service under a header, with a byte order mark", () => {
    const csv = serializeCsv([service], []);
    expect(csv.startsWith("\uFEFFid,name,")).toBe(true);
    expect(csv).toContain('"Treff ""Am Markt"", Mitte"');
    expect(csv).toContain('"Zeile 1\nZeile 2"');
    expect(csv).toContain("TU 10:00-16:00");
    expect(csv).toContain('"Erika, e@example.org"');
    expect(csv.trimEnd().split("\r\n")).toHaveLength(2);
  });

  it("escapes cells a spreadsheet would run as a formula", () => {
    const csv = serializeCsv(
      [
        {
          ...service,
          name: "-2+3+cmd|' /C calc'!A0",
          description: '=HYPERLINK("x")',
          phones: [{ id: stableId("p", "1"), number: "+49 211 1" }],
        },
      ],
      [],
    );
    const cells = csv.split("\r\n")[1]!;
    expect(cells).toContain(`,'-2+3+cmd|' /C calc'!A0,`);
    expect(cells).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(cells).toContain(",'+49 211 1,");
  });
});

import { describe, expect, it } from "vitest";
import { citeSourceDocument } from "./source-documents";

describe("citeSourceDocument", () => {
  it("cites a known document by publisher and title instead of its file name", () => {
    expect(citeSourceDocument("003_5ce88781380988ae.txt")).toMatch(/^Deutscher Städte- und Gemeindebund \(DStGB\).*: Vielfalt leben\./);
    expect(citeSourceDocument("001_e3ff7fac7f41ba9f.txt")).toBe("Städteprofile: Seniorenarbeit in 14 Großstädten");
  });

  it("keeps any other source as staff entered it", () => {
    expect(citeSourceDocument("Flyer des Seniorenbüros, 2026")).toBe("Flyer des Seniorenbüros, 2026");
  });
});

import { describe, expect, it } from "vitest";
import { findNewFacts } from "./translation-facts";

describe("findNewFacts", () => {
  it("accepts a translation that keeps the German numbers, addresses and names", () => {
    const german = "Das Seniorentelefon (0211 899 8999) ist unter www.duesseldorf.de/senioren erreichbar, seit 2019 in Bilk.";
    expect(
      findNewFacts(german, "The senior telephone (0211 899 8999) is at www.duesseldorf.de/senioren, since 2019 in Bilk.", "en"),
    ).toEqual([]);
    expect(findNewFacts(german, "Телефон для пожилых (0211 899 8999): www.duesseldorf.de/senioren, с 2019 года, Bilk.", "ru")).toEqual([]);
  });

  it("reports a number, date or address the German lacks", () => {
    const german = "Die Beratung findet montags statt.";
    expect(findNewFacts(german, "Advice on Mondays from 9 to 12, call 0211 123.", "en").map((p) => p.value)).toEqual([
      "9",
      "12",
      "0211",
      "123",
    ]);
    expect(findNewFacts(german, "Write to info@example.org.", "en")).toEqual([{ kind: "address", value: "info@example.org" }]);
  });

  it("reports Latin-script names in a Cyrillic or Arabic translation that the German lacks", () => {
    const german = "Beratung im zentrum plus Bilk.";
    expect(findNewFacts(german, "Консультация в zentrum plus Bilk.", "uk")).toEqual([]);
    expect(findNewFacts(german, "Консультация в zentrum plus Garath.", "uk")).toEqual([{ kind: "name", value: "Garath" }]);
    expect(findNewFacts(german, "استشارة في Düsselpass", "ar", ["Düsselpass"])).toEqual([]);
  });

  it("reports German-lettered names in a Latin-script translation that the German lacks", () => {
    expect(findNewFacts("Treffen in Bilk.", "Meeting in Köln.", "en")).toEqual([{ kind: "name", value: "Köln" }]);
    expect(findNewFacts("Treffen in Köln.", "Meeting in Köln.", "tr")).toEqual([]);
  });
});

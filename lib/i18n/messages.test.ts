import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routing } from "./routing";

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`),
  );
}

const dir = path.join(process.cwd(), "messages");
const load = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Tree;

describe("messages", () => {
  it("has a file for every locale and no file for an unknown one", () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...routing.locales].sort());
  });

  it.each(routing.locales.filter((l) => l !== routing.defaultLocale))("%s has exactly the German keys", (locale) => {
    const german = keys(load(routing.defaultLocale)).sort();
    const other = keys(load(locale)).sort();
    expect(
      other.filter((k) => !german.includes(k)),
      "keys German lacks",
    ).toEqual([]);
    expect(
      german.filter((k) => !other.includes(k)),
      "keys missing",
    ).toEqual([]);
  });

  it.each(routing.locales)("%s has no empty strings", (locale) => {
    const empty = keys(load(locale)).filter((k) => {
      const value = k.split(".").reduce<Tree | string>((node, part) => (node as Tree)[part]!, load(locale));
      return typeof value === "string" && value.trim() === "";
    });
    expect(empty).toEqual([]);
  });
});

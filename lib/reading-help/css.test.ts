import { describe, expect, it } from "vitest";
import { buildReadingHelpCss } from "./css";

describe("the reader's reading-help stylesheet", () => {
  it("sets the chosen text size and shows the pressed variant of that option only", () => {
    const css = buildReadingHelpCss({ textSize: "sehr-gross", contrast: "normal" });
    expect(css).toContain(":root { font-size: 150%; }");
    expect(css).toContain(':root [data-reading-option="size-sehr-gross"][aria-pressed="true"] { display: inline-flex; }');
    expect(css).toContain(':root [data-reading-option="size-normal"][aria-pressed="true"] { display: none; }');
    expect(css).toContain(':root [data-reading-option="contrast-hoch"][aria-pressed="false"] { display: inline-flex; }');
    expect(css).not.toContain("--color-accent");
  });

  it("switches the colours in high contrast", () => {
    const css = buildReadingHelpCss({ textSize: "normal", contrast: "hoch" });
    expect(css).toContain(":root { font-size: 112.5%; }");
    expect(css).toContain("--color-accent: #ffff00;");
    expect(css).toContain(':root [data-reading-option="contrast-hoch"][aria-pressed="true"] { display: inline-flex; }');
  });
});

import { textSizes } from "./schema";
import type { ReadingPreferences } from "./schema";

// Public pages are cached as one HTML for everybody, so the reader's own settings
// arrive as a small per-reader stylesheet (app/api/ansicht): it works without
// JavaScript. Every rule starts with :root to outrank the defaults in globals.css,
// whatever order the two stylesheets load in.
const fontSize: Record<(typeof textSizes)[number], string> = {
  normal: "112.5%",
  gross: "131.25%",
  "sehr-gross": "150%",
};

const highContrast = `:root {
  --color-ink: #000000;
  --color-muted: #000000;
  --color-paper: #ffffff;
  --color-brand: #000000;
  --color-brand-dark: #000000;
  --color-accent: #ffff00;
  --color-line: #000000;
}
:root a { text-decoration-thickness: 2px; }
:root :focus-visible { outline: 4px solid #000000; outline-offset: 2px; box-shadow: 0 0 0 8px #ffff00; }
:root .border-2 { border-width: 3px; }
:root .border-b-2 { border-bottom-width: 3px; }
`;

// components/reading-help.tsx renders each option twice, pressed and not pressed
// (aria-pressed is part of the accessible state); these rules show the right one.
function buttonRules(group: "size" | "contrast", options: readonly string[], chosen: string): string {
  return options
    .map((option) => {
      const on = option === chosen;
      const key = `${group}-${option}`;
      return (
        `:root [data-reading-option="${key}"][aria-pressed="true"] { display: ${on ? "inline-flex" : "none"}; }\n` +
        `:root [data-reading-option="${key}"][aria-pressed="false"] { display: ${on ? "none" : "inline-flex"}; }\n`
      );
    })
    .join("");
}

export function buildReadingHelpCss(preferences: ReadingPreferences): string {
  return [
    `:root { font-size: ${fontSize[preferences.textSize]}; }\n`,
    preferences.contrast === "hoch" ? highContrast : "",
    buttonRules("size", textSizes, preferences.textSize),
    buttonRules("contrast", ["hoch"], preferences.contrast),
  ].join("");
}

import type { Locale } from "@/lib/i18n/routing";
import type messages from "./messages/de.json";

declare module "next-intl" {
  // Declaration merging needs an interface here.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}

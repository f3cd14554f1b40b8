import type { Messages } from "./messages";
import type { AppLocale } from "./locales";

// Typed message keys: a missing or misspelt key is a compile error.
declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
    Locale: AppLocale;
  }
}

import { en, type Catalogue } from "./en"
import { zhCN } from "./zh-CN"

/** Our i18next namespace, apart from the dashboard's own "translation". */
export const NAMESPACE = "seleno"

/** The dashboard's language codes (Medusa calls Simplified Chinese "zhCN") and their text. */
export const CATALOGUES = { en, zhCN } as const satisfies Record<string, Catalogue>

/**
 * The text for the dashboard's current language. Any Chinese variant reads the Simplified
 * catalogue (staff read it far better than English); every other language falls back to English,
 * as the dashboard itself does.
 */
export function catalogueFor(language: string | undefined): Catalogue {
  return language?.toLowerCase().startsWith("zh") ? zhCN : en
}

/** "zh" or "en": which name of a bilingual domain value ({ zh, en }) to show. */
export function nameLanguage(language: string | undefined): "zh" | "en" {
  return catalogueFor(language) === zhCN ? "zh" : "en"
}

export type { Catalogue }

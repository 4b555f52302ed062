import { en } from "./en"
import { zhCN } from "./zh-CN"

/**
 * Registered with the dashboard's i18next by Medusa's admin build (src/admin/i18n/index.ts):
 * language → namespace → keys. Route labels use it through `translationNs: "seleno"`.
 */
export default {
  en: { seleno: en },
  zhCN: { seleno: zhCN },
}

/**
 * Express carriers an enterprise may name when it ships its part of an order. A fixed list, so
 * the shopper's order page can show a known name (and, where the carrier publishes one, a
 * tracking page) instead of whatever was typed.
 */
export interface Carrier {
  code: string
  name: { zh: string; en: string }
  /** The carrier's public site, where a shopper looks a tracking number up. */
  trackingUrl: string
  /**
   * The waybill numbers this carrier issues, and how to say so to the person typing one. Carriers
   * without a documented form of their own take GENERIC_TRACKING_NUMBER.
   */
  trackingNumber: TrackingNumberForm
}

export interface TrackingNumberForm {
  /** Whole-value patterns; a number is accepted when one of them matches (letters in any case). */
  patterns: readonly RegExp[]
  /** The expected form in words, with an example, for the refusal. */
  hint: { zh: string; en: string }
}

/** 6–30 ASCII letters or digits: the check for carriers whose own form we have no source for. */
export const TRACKING_NUMBER_PATTERN = /^[A-Za-z0-9]{6,30}$/

const GENERIC_TRACKING_NUMBER: TrackingNumberForm = {
  patterns: [TRACKING_NUMBER_PATTERN],
  hint: { zh: "6–30 位字母或数字，不含空格和横线", en: "6–30 letters or digits, without spaces or dashes" },
}

/*
 * Carrier-specific waybill forms. None of these carriers publishes a format specification, so each
 * pattern is the union of the forms documented in these public sources (see docs/shipping.md):
 *   [A] github.com/phillip2019/hive-third-functions, UDFLogisticNoValid.java (commit 2a44843):
 *       per-carrier regexes of a logistics data platform, with the prefixes each carrier uses.
 *   [B] github.com/BF-zh/Courier-Validation, src/pattern/*.ts (commit 97e7d48): per-carrier regexes.
 *   [C] gist.github.com/haotian-liu/3851788ddcb1364790a5: kuaidi100's carrier list (freg / freginfo).
 *   [D] developer.aliyun.com/article/714071 (kdniao SF tracking example): 12-digit SF waybills.
 * Where a source lists many prefixes for one length, we keep the length and drop the prefix list
 * (prefix lists age as carriers open new ranges); where sources disagree we accept every form.
 */
const SF: TrackingNumberForm = {
  // [B] "SF" + one letter or digit + 12 digits (today's 15-character waybills); [D] older 12-digit
  // waybills. [A] only checks 4–35 letters, digits and dashes: a catch-all, not a form, so not used.
  patterns: [/^SF[A-Z0-9]\d{12}$/i, /^\d{12}$/],
  hint: { zh: "SF 开头共 15 位（如 SF1234567890123），或 12 位数字", en: "SF followed by 13 characters, 15 in all (e.g. SF1234567890123), or 12 digits" },
}
const ZTO: TrackingNumberForm = {
  // [A] lists 12- and 14-digit forms under many prefixes; [B] 14 digits starting 73–76 or 78.
  patterns: [/^\d{12}$/, /^\d{14}$/],
  hint: { zh: "12 位或 14 位数字（如 78123456789012）", en: "12 or 14 digits (e.g. 78123456789012)" },
}
const YTO: TrackingNumberForm = {
  // [A] two letters or digits + 8 or 10–13 digits; 18 digits starting 6–9; "DD" + 8/9 + 15
  // digits; "Y" + 12 digits. [B] "YT" + 13 digits (inside [A]'s first form).
  patterns: [/^[A-Z0-9]{2}(?:\d{8}|\d{10,13})$/i, /^[6-9]\d{17}$/, /^DD[89]\d{15}$/i, /^Y\d{12}$/i],
  hint: { zh: "YT 加 13 位数字（如 YT1234567890123）等圆通单号", en: "a YTO waybill such as YT followed by 13 digits (e.g. YT1234567890123)" },
}
const YUNDA: TrackingNumberForm = {
  // [A] 13 digits, or a two-digit prefix + 13 digits; [B] 15 digits starting 3 or 4, or 13
  // digits starting 5.
  patterns: [/^\d{13}$/, /^\d{15}$/],
  hint: { zh: "13 位或 15 位数字（如 312345678901234）", en: "13 or 15 digits (e.g. 312345678901234)" },
}
const STO: TrackingNumberForm = {
  // [C] 12–13 digits; [A] 12–16 digits under many prefixes and "STO" + 10 digits; [B] "77" or
  // "43" + 12–15 digits (14–17 digits).
  patterns: [/^\d{12,17}$/, /^STO\d{10}$/i],
  hint: { zh: "12–17 位数字（如 773123456789012），或 STO 加 10 位数字", en: "12–17 digits (e.g. 773123456789012), or STO followed by 10 digits" },
}
const JD: TrackingNumberForm = {
  // [B] "JD" + two letters or digits + 11 digits (e.g. JDVA…, JDX0…).
  patterns: [/^JD[A-Z0-9]{2}\d{11}$/i],
  hint: { zh: "JD 开头共 15 位（如 JDVA12345678901）", en: "JD followed by 13 characters, 15 in all (e.g. JDVA12345678901)" },
}
const EMS: TrackingNumberForm = {
  // [A] and [C] 13 digits, or the UPU S10 form: two letters, 9 digits, two letters (EA123456789CN);
  // [B] 13 digits starting 9, 8 or 1, or "P" + a letter + 11 digits.
  patterns: [/^\d{13}$/, /^[A-Z]{2}\d{9}[A-Z]{2}$/i, /^P[A-Z]\d{11}$/i],
  hint: { zh: "13 位数字，或两位字母加 9 位数字加两位字母（如 EA123456789CN）", en: "13 digits, or two letters, 9 digits and two letters (e.g. EA123456789CN)" },
}

export const CARRIERS: readonly Carrier[] = [
  { code: "sf", name: { zh: "顺丰速运", en: "SF Express" }, trackingUrl: "https://www.sf-express.com/", trackingNumber: SF },
  { code: "ems", name: { zh: "EMS", en: "EMS (China Post Express)" }, trackingUrl: "https://www.ems.com.cn/", trackingNumber: EMS },
  { code: "jd", name: { zh: "京东物流", en: "JD Logistics" }, trackingUrl: "https://www.jdl.com/", trackingNumber: JD },
  { code: "zto", name: { zh: "中通快递", en: "ZTO Express" }, trackingUrl: "https://www.zto.com/", trackingNumber: ZTO },
  { code: "yto", name: { zh: "圆通速递", en: "YTO Express" }, trackingUrl: "https://www.yto.net.cn/", trackingNumber: YTO },
  { code: "sto", name: { zh: "申通快递", en: "STO Express" }, trackingUrl: "https://www.sto.cn/", trackingNumber: STO },
  { code: "yunda", name: { zh: "韵达快递", en: "Yunda Express" }, trackingUrl: "https://www.yundaex.com/", trackingNumber: YUNDA },
  { code: "jt", name: { zh: "极兔速递", en: "J&T Express" }, trackingUrl: "https://www.jtexpress.com.cn/", trackingNumber: GENERIC_TRACKING_NUMBER },
  { code: "deppon", name: { zh: "德邦快递", en: "Deppon Express" }, trackingUrl: "https://www.deppon.com/", trackingNumber: GENERIC_TRACKING_NUMBER },
  { code: "post", name: { zh: "中国邮政", en: "China Post" }, trackingUrl: "https://yjcx.ems.com.cn/", trackingNumber: GENERIC_TRACKING_NUMBER },
]

export const CARRIER_CODES: readonly string[] = CARRIERS.map((c) => c.code)

export function findCarrier(code: string): Carrier | undefined {
  return CARRIERS.find((c) => c.code === code)
}

/** Refusals of a waybill the portal translates (backend coded errors, see backend/src/lib/coded-error.ts). */
export const TRACKING_PROBLEM_CODES = ["unknown_carrier", "tracking_number_format"] as const
export type TrackingProblemCode = (typeof TRACKING_PROBLEM_CODES)[number]

export interface TrackingNumberProblem {
  code: TrackingProblemCode
  /** The carrier's code as given; the portal words its name and expected form from CARRIERS. */
  params: { carrier: string }
}

/**
 * Why `value` is not a waybill number of `carrier`, or null when it is one. Only surrounding
 * whitespace is forgiven: inner spaces or dashes are never taken out, because a number "cleaned
 * up" that way ("SF-12 34" → "SF1234") is a different number that may belong to someone else.
 */
export function trackingNumberProblem(carrier: string, value: string): TrackingNumberProblem | null {
  const found = findCarrier(carrier)
  if (!found) return { code: "unknown_carrier", params: { carrier } }
  const trimmed = value.trim()
  return found.trackingNumber.patterns.some((p) => p.test(trimmed)) ? null : { code: "tracking_number_format", params: { carrier } }
}

/** The problem in English words (for API clients and logs; the portal words the code itself). */
export function trackingNumberProblemMessage(problem: TrackingNumberProblem, value: string): string {
  const carrier = findCarrier(problem.params.carrier)
  if (!carrier) return `carrier "${problem.params.carrier}" is not a carrier we know; use one of ${CARRIER_CODES.join(", ")}`
  return `tracking_number "${value.trim()}" is not a waybill number of ${carrier.name.en}: expected ${carrier.trackingNumber.hint.en}`
}

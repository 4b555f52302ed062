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
}

export const CARRIERS: readonly Carrier[] = [
  { code: "sf", name: { zh: "顺丰速运", en: "SF Express" }, trackingUrl: "https://www.sf-express.com/" },
  { code: "ems", name: { zh: "EMS", en: "EMS (China Post Express)" }, trackingUrl: "https://www.ems.com.cn/" },
  { code: "jd", name: { zh: "京东物流", en: "JD Logistics" }, trackingUrl: "https://www.jdl.com/" },
  { code: "zto", name: { zh: "中通快递", en: "ZTO Express" }, trackingUrl: "https://www.zto.com/" },
  { code: "yto", name: { zh: "圆通速递", en: "YTO Express" }, trackingUrl: "https://www.yto.net.cn/" },
  { code: "sto", name: { zh: "申通快递", en: "STO Express" }, trackingUrl: "https://www.sto.cn/" },
  { code: "yunda", name: { zh: "韵达快递", en: "Yunda Express" }, trackingUrl: "https://www.yundaex.com/" },
  { code: "jt", name: { zh: "极兔速递", en: "J&T Express" }, trackingUrl: "https://www.jtexpress.com.cn/" },
  { code: "deppon", name: { zh: "德邦快递", en: "Deppon Express" }, trackingUrl: "https://www.deppon.com/" },
  { code: "post", name: { zh: "中国邮政", en: "China Post" }, trackingUrl: "https://yjcx.ems.com.cn/" },
]

export const CARRIER_CODES: readonly string[] = CARRIERS.map((c) => c.code)

export function findCarrier(code: string): Carrier | undefined {
  return CARRIERS.find((c) => c.code === code)
}

/** 6–30 ASCII letters or digits: every listed carrier's waybill numbers fit, spaces and dashes do not. */
export const TRACKING_NUMBER_PATTERN = /^[A-Za-z0-9]{6,30}$/

export function isValidTrackingNumber(value: string): boolean {
  return TRACKING_NUMBER_PATTERN.test(value)
}

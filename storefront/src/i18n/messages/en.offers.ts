import type zhCN from "./zh-CN.offers"

const offers: typeof zhCN = {}

export default offers

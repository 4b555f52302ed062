import type zhCN from "./zh-CN.campaigns"

const campaigns: typeof zhCN = {}

export default campaigns

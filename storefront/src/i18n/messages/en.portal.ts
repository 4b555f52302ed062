import type zhCN from "./zh-CN.portal"

const portal: typeof zhCN = {
  title: "Enterprise portal",
}

export default portal

import type zhCN from "./zh-CN.orders"

const orders: typeof zhCN = {
  title: "My orders",
}

export default orders

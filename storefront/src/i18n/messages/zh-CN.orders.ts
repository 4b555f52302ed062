/** Strings of the orders section; see zh-CN.ts. */
const orders = {
  title: "我的订单",
}

export default orders

/** Strings of the order page's per-enterprise parts; see zh-CN.ts. */
const orderParts = {
  title: "发货进度",
  intro: "您的订单由以下企业分别发货，每家企业各自寄出自己的商品。",
  quantity: "× {quantity}",
  status: {
    not_fulfilled: "待发货",
    partially_fulfilled: "部分发货",
    fulfilled: "已备货",
    shipped: "已发货",
  },
  shipment: "{carrier} 运单号 {tracking}",
  unknownCarrier: "快递",
  track: "查询物流",
}

export default orderParts

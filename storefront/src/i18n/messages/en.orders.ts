import type zhCN from "./zh-CN.orders"

const orderParts: typeof zhCN = {
  title: "Shipping progress",
  intro: "Your order is shipped by the enterprises below, each sending its own products.",
  quantity: "× {quantity}",
  status: {
    not_fulfilled: "Not shipped yet",
    partially_fulfilled: "Partly shipped",
    fulfilled: "Packed",
    shipped: "Shipped",
  },
  shipment: "{carrier}, tracking number {tracking}",
  unknownCarrier: "Courier",
  track: "Track",
}

export default orderParts

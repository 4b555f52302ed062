import type zhCN from "./zh-CN.totals"

/** Strings of the one totals view (cart, checkout, confirmation, order pages); see en.ts. */
const totals: typeof zhCN = {
  label: "Price breakdown",
  items: "Items",
  line: "{title} × {quantity}",
  linePaid: "{amount} after discounts",
  discount: "Discount {code}",
  discountNamed: "{name} ({code})",
  discountOther: "Discount",
  shipping: "Shipping",
  shippingNone: "Shipping (calculated once you choose delivery)",
  taxIncluded: "Includes VAT {amount}",
  total: "Total to pay",
  totalPaid: "Total paid",
}

export default totals

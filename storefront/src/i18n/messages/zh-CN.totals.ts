/** Strings of the one totals view (cart, checkout, confirmation, order pages); see zh-CN.ts. */
const totals = {
  label: "金额明细",
  items: "商品金额",
  line: "{title} × {quantity}",
  linePaid: "优惠后 {amount}",
  discount: "优惠 {code}",
  discountNamed: "{name}（{code}）",
  discountOther: "优惠",
  shipping: "运费",
  shippingNone: "运费（选择配送方式后计算）",
  taxIncluded: "含增值税 {amount}",
  total: "应付合计",
  totalPaid: "实付合计",
}

export default totals

/** Campaign prices (was/now), the cart's coupon field and its messages; the source shape for en.offers.ts. */
const offers = {
  price: {
    sessionLabel: "直播价",
    labelledWasNow: "{label}：原价 {was}，现价 {now}",
  },
  coupon: {
    label: "优惠码",
    hint: "有活动优惠码？输入后点“使用”。",
    apply: "使用",
    applying: "正在使用…",
    appliedLabel: "已使用的优惠码",
    remove: "移除",
    removeFor: "移除 {code}",
    empty: "请输入优惠码。",
    applied: "优惠码 {code} 已使用。",
    removed: "优惠码 {code} 已移除。",
    notApplicable: "优惠码 {code} 有效，但不适用于购物车中的商品。",
    reason: {
      unknown: "没有找到优惠码 {code}，请检查是否输入正确。",
      not_started: "优惠码 {code} 的活动尚未开始，请在活动开始后再使用。",
      ended: "优惠码 {code} 的活动已经结束。",
      used_up: "优惠码 {code} 已达到使用次数上限。",
      budget_spent: "优惠码 {code} 的活动预算已用完。",
    },
    refused: "优惠码 {code} 无法用于这个购物车。",
    errorGeneric: "优惠码暂时无法使用，请稍后重试。",
    errorRemove: "优惠码 {code} 移除失败，请稍后重试。",
  },
}

export default offers

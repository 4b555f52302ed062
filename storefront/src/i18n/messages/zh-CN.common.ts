/** Strings the client error boundary needs; kept apart so it bundles only these. */
const common = {
  skipToContent: "跳到主要内容",
  loading: "正在加载…",
  retry: "重试",
  errorTitle: "页面出错了",
  errorBody: "加载此页面时发生错误，请稍后重试。",
  notFoundTitle: "页面不存在",
  notFoundBody: "您访问的页面不存在或已下架。",
  backHome: "返回首页",
  browseStore: "浏览全部商品",
  backendDown: "暂时无法连接商品服务，请稍后再试。",
}

export default common

import type zhCNCommon from "./zh-CN.common"

const common: typeof zhCNCommon = {
  skipToContent: "Skip to main content",
  loading: "Loading…",
  retry: "Try again",
  errorTitle: "Something went wrong",
  errorBody: "An error occurred while loading this page. Please try again.",
  notFoundTitle: "Page not found",
  notFoundBody: "The page you are looking for does not exist or is no longer available.",
  backHome: "Back to home",
  browseStore: "Browse all products",
  backendDown: "The product service is unavailable right now. Please try again later.",
}

export default common

export * from "./vocabulary"
export * from "./views"
export * from "./rules"

export * from "./views"
export * from "./rules"

export * from "./rules"

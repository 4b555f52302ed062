import type zhCN from "./messages/zh-CN"

/** The shape every catalogue must have; zh-CN is the source, so a key missing elsewhere is a type error. */
export type Messages = typeof zhCN

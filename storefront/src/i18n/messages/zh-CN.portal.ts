/** Strings of the portal section; see zh-CN.ts. */
const portal = {
  title: "企业工作台",
}

export default portal

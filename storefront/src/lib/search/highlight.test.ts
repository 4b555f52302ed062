import { describe, expect, it } from "vitest"
import { highlight } from "./highlight"

const marked = (text: string, q: string) =>
  highlight(text, q)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join("")

describe("highlight", () => {
  it("marks a Chinese query inside a title", () => {
    expect(marked("紫阳毛尖富硒绿茶", "紫阳")).toBe("[紫阳]毛尖富硒绿茶")
    expect(marked("岚皋魔芋挂面", "魔芋面")).toBe("岚皋[魔芋]挂[面]")
  })

  it("marks Latin words whatever their case, and leaves short or absent words alone", () => {
    expect(marked("Ziyang Selenium-rich Green Tea", "selenium TEA")).toBe("Ziyang [Selenium]-rich Green [Tea]")
    expect(marked("Langao Konjac Noodles", "a")).toBe("Langao Konjac Noodles")
  })

  it("leaves text plain for an empty query or a pinyin match", () => {
    expect(highlight("紫阳毛尖", "")).toEqual([{ text: "紫阳毛尖", match: false }])
    expect(marked("紫阳毛尖", "ziyang")).toBe("紫阳毛尖")
  })
})

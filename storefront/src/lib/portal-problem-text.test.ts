import { describe, expect, it } from "vitest"
import { getMessages } from "@/i18n"
import { fileProblemText, problemText, refusalText, refusedField } from "./portal-problem-text"

describe("problemText", () => {
  const templates = { team_last_owner: "企业至少要保留一位负责人。", upload_too_large: "{file} 超过 {limit}。" }

  it("words a coded refusal with its parameters", () => {
    expect(problemText({ code: "upload_too_large", params: { file: "a.jpg", limit: "5 MB" } }, templates)).toBe("a.jpg 超过 5 MB。")
    expect(problemText({ code: "team_last_owner" }, templates)).toBe("企业至少要保留一位负责人。")
  })

  it("answers null for a code the page does not word, or none, so the caller falls back", () => {
    expect(problemText({ code: "something_else" }, templates)).toBeNull()
    expect(problemText({}, templates)).toBeNull()
    // Not fooled by names every object has.
    expect(problemText({ code: "toString" }, templates)).toBeNull()
  })

  it("takes parameters the caller translated over the backend's", () => {
    expect(problemText({ code: "upload_too_large", params: { file: "a.jpg", limit: "5242880" } }, templates, { file: "a.jpg", limit: "5 MB" })).toBe("a.jpg 超过 5 MB。")
  })

  it("words the portal's upload refusals in both languages", () => {
    const zh = fileProblemText({ code: "file_too_large", params: { file: "基地.jpg" } }, getMessages("zh-CN").portal)
    const en = fileProblemText({ code: "file_too_large", params: { file: "基地.jpg" } }, getMessages("en").portal)
    expect(zh).toBe("“基地.jpg”超过 5 MB。")
    expect(en).toContain("基地.jpg")
    expect(en).not.toBe(zh)
    expect(fileProblemText({ code: "team_last_owner" }, getMessages("zh-CN").portal)).toBeNull()
  })
})

describe("refusalText", () => {
  it("names a refused field in the page's language, never the validator's English", () => {
    const refusal = { code: "invalid_field", params: { field: "variants.0.price" }, message: "Invalid request: Expected type: 'number' for field 'variants.0.price'" }
    expect(refusalText(refusal, getMessages("zh-CN").portal)).toBe("「价格」填写不符合要求，请检查后再提交。")
    expect(refusalText(refusal, getMessages("en").portal)).toBe("“Price” is not valid; check it and send again.")
    expect(refusedField(refusal)).toBe("price")
  })

  it("says one field is wrong when the field has no name, and quotes other refusals", () => {
    expect(refusalText({ code: "invalid_field", params: { field: "zzz" }, message: "x" }, getMessages("zh-CN").portal)).toBe("有一项填写不符合要求，请检查后再提交。")
    expect(refusalText({ message: "boom" }, getMessages("zh-CN").portal)).toBe("平台返回：boom")
    expect(refusedField({ code: "team_last_owner" })).toBeUndefined()
  })
})

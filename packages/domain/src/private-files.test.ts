import { describe, expect, it } from "vitest"
import { adminPrivateFilePath, privateFileId, privateFileRef } from "./private-files"

describe("private file references", () => {
  it("round-trips an upload id and gives staff their own path", () => {
    expect(privateFileId(privateFileRef("eupl_01ABC"))).toBe("eupl_01ABC")
    expect(adminPrivateFilePath("/enterprise/files/eupl_01ABC")).toBe("/admin/files/eupl_01ABC")
  })
  it("names no file for public URLs, other paths or traversal", () => {
    for (const ref of ["http://localhost:9000/static/a.pdf", "/enterprise/files/../../x", "/enterprise/files/eupl_1/x", "/enterprise/files/prod_1", null, undefined, ""]) {
      expect(privateFileId(ref)).toBeNull()
    }
  })
})

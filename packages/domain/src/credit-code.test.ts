import { describe, expect, it } from "vitest"
import { creditCodeCheckCharacter, creditCodeProblem, isValidCreditCode } from "./index"

const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

describe("creditCodeCheckCharacter", () => {
  it("computes the check character of known stems", () => {
    expect(creditCodeCheckCharacter("91350100M000100Y4")).toBe("3")
    expect(creditCodeCheckCharacter("91440300MA5DXXXXX")).toBe("G")
    expect(creditCodeCheckCharacter("12100000400000000")).toBe("W")
    expect(creditCodeCheckCharacter("Y1110108MA01ABCDE")).toBe("1")
  })
  it("maps a remainder of 0 to the character 0, not to an index of 31", () => {
    expect(creditCodeCheckCharacter("00000000000000000")).toBe("0")
  })
  it("rejects stems of the wrong length or outside the alphabet", () => {
    for (const bad of ["", "91350100M000100Y", "91350100M000100Y43", "91350100m000100Y4", "91350100I000100Y4", "91350100O000100Y4", "91350100S000100Y4", "91350100V000100Y4", "91350100Z000100Y4", "91350100-000100Y4"]) {
      expect(() => creditCodeCheckCharacter(bad), bad).toThrow(RangeError)
    }
  })
})

describe("isValidCreditCode", () => {
  it("accepts the example code from GB 32100-2015", () => {
    expect(isValidCreditCode("91350100M000100Y43")).toBe(true)
  })
  it("accepts codes built from computed check characters, ignoring surrounding whitespace", () => {
    for (const stem of ["91440300MA5DXXXXX", "12100000400000000", "Y1110108MA01ABCDE"]) {
      const code = stem + creditCodeCheckCharacter(stem)
      expect(isValidCreditCode(code), code).toBe(true)
      expect(isValidCreditCode(` ${code}\n`), code).toBe(true)
    }
  })
  it("rejects every single-character change", () => {
    for (const stem of ["91350100M000100Y4", "91440300MA5DXXXXX", "Y1110108MA01ABCDE"]) {
      const code = stem + creditCodeCheckCharacter(stem)
      for (let position = 0; position < code.length; position++) {
        for (const replacement of ALPHABET) {
          if (replacement === code[position]) continue
          const changed = code.slice(0, position) + replacement + code.slice(position + 1)
          expect(isValidCreditCode(changed), changed).toBe(false)
        }
      }
    }
  })
  it("rejects lowercase", () => {
    expect(isValidCreditCode("91350100m000100y43")).toBe(false)
  })
})

describe("creditCodeProblem", () => {
  it("is null for a valid code", () => {
    expect(creditCodeProblem("91350100M000100Y43")).toBeNull()
    expect(creditCodeProblem("  91350100M000100Y43  ")).toBeNull()
  })
  it("names a wrong length", () => {
    expect(creditCodeProblem("")).toBe("length")
    expect(creditCodeProblem("91350100M000100Y4")).toBe("length")
    expect(creditCodeProblem("91350100M000100Y433")).toBe("length")
  })
  it("names characters outside the alphabet", () => {
    expect(creditCodeProblem("91350100m000100Y43")).toBe("alphabet")
    expect(creditCodeProblem("91350100M000100O43")).toBe("alphabet")
    expect(creditCodeProblem("91350100M0001-0Y43")).toBe("alphabet")
  })
  it("names a division code that is not six digits", () => {
    expect(creditCodeProblem("9135A100M000100Y43")).toBe("division")
  })
  it("names a wrong check character", () => {
    expect(creditCodeProblem("91350100M000100Y44")).toBe("check")
  })
  it("reports the first problem when there are several", () => {
    expect(creditCodeProblem("9135A100M000100Y4")).toBe("length")
    expect(creditCodeProblem("9135A100M000100O43")).toBe("alphabet")
    expect(creditCodeProblem("9135A100M000100Y44")).toBe("division")
  })
})

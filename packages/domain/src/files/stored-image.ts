/**
 * Why an image address (a campaign's hero or share image, a brand's logo) cannot be shown, or
 * null. Only files in Seleno's own public file store (`fileBase`, e.g. "http://localhost:9000/static/"
 * or the S3 file URL) are accepted: no `javascript:` or `data:` addresses and no other site, since
 * the storefront loads nothing remote (its Content-Security-Policy would block it anyway).
 */
export function storedImageUrlProblem(field: string, url: string, fileBase: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `${field}: enter the full address of an uploaded image (starting with ${fileBase})`
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return `${field}: only http(s) addresses are allowed, not ${parsed.protocol}`
  if (!parsed.href.startsWith(fileBase)) return `${field}: use an image uploaded to Seleno (${fileBase}…); images from other sites are not shown`
  return null
}

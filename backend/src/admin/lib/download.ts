/** Hands a fetched file to the browser as a download. */
export function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement("a")
  link.href = url
  link.download = filename
  document.body.appendChild(link)
  link.click()
  link.remove()
  // Give the browser time to start the download before the object URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

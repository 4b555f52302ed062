/**
 * Private files (business licences, test reports): stored where nothing serves them, and referred to
 * by a path on the backend that checks who asks, never by a storage URL. The enterprise that uploaded
 * a file fetches `/enterprise/files/:id` with its login; platform staff fetch `/admin/files/:id`.
 * The id is the enterprise upload's id (`eupl_…`).
 */
export const PRIVATE_FILE_ID_PATTERN = /^eupl_[A-Za-z0-9]+$/

/** The reference stored on an enterprise or a certificate, and answered by POST /enterprise/uploads. */
export function privateFileRef(uploadId: string): string {
  return `/enterprise/files/${uploadId}`
}

/** The upload id a stored reference names, or null for anything else (e.g. an old public URL). */
export function privateFileId(ref: string | null | undefined): string | null {
  const id = /^\/enterprise\/files\/([^/?#]+)$/.exec(ref ?? "")?.[1]
  return id && PRIVATE_FILE_ID_PATTERN.test(id) ? id : null
}

/** Where platform staff open a private file (admin session). */
export function adminPrivateFilePath(ref: string | null | undefined): string | null {
  const id = privateFileId(ref)
  return id ? `/admin/files/${id}` : null
}

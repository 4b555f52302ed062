import { adminPrivateFilePath } from "@seleno/domain"

/**
 * Where staff open an enterprise's private file (licence, test report): GET /admin/files/:id, which
 * answers to the staff session. Null for a reference that is not a private file.
 */
export function privateFileHref(ref: string | null | undefined): string | null {
  const path = adminPrivateFilePath(ref)
  return path ? `${(import.meta.env.VITE_BACKEND_URL ?? "").replace(/\/$/, "")}${path}` : null
}

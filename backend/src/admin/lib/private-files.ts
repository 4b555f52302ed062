/**
 * Where staff open an enterprise's private file (licence, test report): GET /admin/files/:id, which
 * answers to the staff session. Null for a reference that is not a private file.
 *
 * The reference format is @seleno/domain's `privateFileRef` (`/enterprise/files/eupl_…`); the admin
 * bundle cannot import runtime values from that CommonJS package (Vite's build sees no named
 * exports), so the pattern is repeated here: change both together.
 */
export function privateFileHref(ref: string | null | undefined): string | null {
  const id = /^\/enterprise\/files\/(eupl_[A-Za-z0-9]+)$/.exec(ref ?? "")?.[1]
  return id ? `${(import.meta.env.VITE_BACKEND_URL ?? "").replace(/\/$/, "")}/admin/files/${id}` : null
}

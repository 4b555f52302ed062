import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules, toHandle } from "@medusajs/framework/utils"
import { pinyin } from "pinyin-pro"

/** A URL handle like the seeded catalogue's: from the English title, else the Chinese title in pinyin. */
export function handleFor(title: string, titleEn?: string): string {
  // English only when it is plain ASCII: a mixed title would lose its Chinese part.
  const english = titleEn && /^[\x20-\x7e]+$/.test(titleEn) ? titleEn : ""
  const source = english || pinyin(title, { toneType: "none", type: "array", v: true }).join(" ")
  const handle = toHandle(source)
    .replace(/[^a-z0-9-]/g, "")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80)
  return handle || "product"
}

/**
 * The handle, with a numeric suffix when another product (another enterprise's, say) already has it
 * or when `reserved` holds it (handles given to other listings of the same batch).
 */
export async function freeHandle(container: MedusaContainer, title: string, titleEn?: string, reserved: ReadonlySet<string> = new Set()): Promise<string> {
  const base = handleFor(title, titleEn)
  const taken = new Set([
    ...reserved,
    ...(await container.resolve(Modules.PRODUCT).listProducts({ handle: { $like: `${base}%` } }, { select: ["handle"], withDeleted: true })).map((p) => p.handle),
  ])
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

import "server-only"
import type { StorefrontLocale } from "@seleno/domain"
import { cache } from "react"
import type { StoreLiveSession } from "@/lib/campaigns"
import { cachedAs, isNotFoundError, sdk, storeHeaders } from "./medusa"

/** Running and upcoming live sessions (GET /store/live-sessions). */
export const listLiveSessions = cache(async (locale: StorefrontLocale): Promise<StoreLiveSession[]> => {
  const { live_sessions } = await sdk().client.fetch<{ live_sessions: StoreLiveSession[] }>("/store/live-sessions", {
    headers: storeHeaders(locale),
    ...cachedAs("live-sessions"),
  })
  return live_sessions
})

/** The list for the "直播中" banner: empty on any failure, so the page around it still renders. */
export async function listLiveSessionsQuietly(locale: StorefrontLocale): Promise<StoreLiveSession[]> {
  try {
    const sessions = await listLiveSessions(locale)
    return Array.isArray(sessions) ? sessions : []
  } catch {
    return []
  }
}

/** One session by handle, also after it has ended; undefined when the backend knows no such session. */
export const getLiveSession = cache(async (locale: StorefrontLocale, handle: string): Promise<StoreLiveSession | undefined> => {
  try {
    const { live_session } = await sdk().client.fetch<{ live_session: StoreLiveSession }>(
      `/store/live-sessions/${encodeURIComponent(handle)}`,
      {
        headers: storeHeaders(locale),
        ...cachedAs("live-sessions"),
      }
    )
    return live_session
  } catch (error) {
    if (isNotFoundError(error)) return undefined
    throw error
  }
})

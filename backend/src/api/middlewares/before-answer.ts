import type { MedusaResponse } from "@medusajs/framework/http"

/**
 * Runs `work` once the route has written its answer but before the answer is sent (it holds
 * `res.end`), so what the work changes is done by the time the caller sees the answer. `work` gets
 * the answer's status and must not throw; the answer goes out whatever it does.
 */
export function beforeAnswer(res: MedusaResponse, work: (status: number) => Promise<void>): void {
  const end = res.end.bind(res) as (...args: unknown[]) => MedusaResponse
  let ended = false
  res.end = ((...args: unknown[]) => {
    if (ended) return res
    ended = true
    void work(res.statusCode)
      .catch(() => undefined)
      .finally(() => end(...args))
    return res
  }) as MedusaResponse["end"]
}

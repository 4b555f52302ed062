import { coarseLocation, isValidLocation } from "@seleno/domain"
import { NextResponse, type NextRequest } from "next/server"
import { isClientError, isNotFoundError } from "@/lib/data/medusa"
import { shareScanLocation } from "@/lib/data/trace"
import { serialCodeOf, type SerialCode } from "@/lib/serial-code"
import { visitorOf } from "@/lib/trace-request"

type ShareBody = SerialCode & { latitude: number; longitude: number }

function parseBody(value: unknown): ShareBody | null {
  const code = serialCodeOf(value)
  if (!code) return null
  const { latitude, longitude } = value as Record<string, unknown>
  if (typeof latitude !== "number" || typeof longitude !== "number" || !isValidLocation({ latitude, longitude })) return null
  return { ...code, latitude, longitude }
}

/**
 * POST /api/scan-location — the trace page's "share my rough location" button. Runs on the
 * storefront server, which passes on the visitor's address (as its own server settled it) so the
 * backend finds the scan their network counted.
 */
export async function POST(request: NextRequest) {
  const body = parseBody(await request.json().catch(() => null))
  if (!body) {
    return NextResponse.json({ message: "Send gtin, lot, serial and a latitude (±90) and longitude (±180) as numbers." }, { status: 400 })
  }
  try {
    const result = await shareScanLocation(body, visitorOf(request.headers), coarseLocation(body))
    return NextResponse.json(result, { headers: { "cache-control": "no-store" } })
  } catch (error) {
    if (isNotFoundError(error)) return NextResponse.json({ message: "Unknown package code." }, { status: 404 })
    if (isClientError(error)) return NextResponse.json({ message: error instanceof Error ? error.message : "Refused." }, { status: 400 })
    throw error
  }
}

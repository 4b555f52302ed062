import { NextResponse, type NextRequest } from "next/server"
import { recordSerialView } from "@/lib/data/trace"
import { serialCodeOf } from "@/lib/serial-code"
import { visitorOf } from "@/lib/trace-request"

/**
 * POST /api/trace/scans — a package's trace page, once it runs in the shopper's browser, reports
 * the view here. The page itself is cached per batch and language, so counting happens off its
 * request; this server passes on the visitor's address as its own server settled it.
 */
export async function POST(request: NextRequest) {
  const code = serialCodeOf(await request.json().catch(() => null))
  if (!code) return NextResponse.json({ message: "Send the package's gtin, lot and serial as strings of at most 40 characters." }, { status: 400 })
  const scans = await recordSerialView(code, visitorOf(request.headers))
  return NextResponse.json(scans, { headers: { "cache-control": "no-store" } })
}

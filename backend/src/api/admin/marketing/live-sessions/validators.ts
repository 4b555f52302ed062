import { z } from "@medusajs/framework/zod"
import { FUNDING_SOURCES } from "@seleno/domain"
import { LIVE_SESSION_HANDLE, webUrlProblem } from "../../../../lib/marketing/live-session-rules"
import { atLeastOne, requiredText } from "../../../validation/required"

const webUrl = (field: string) =>
  z
    .string()
    .trim()
    .max(2000)
    .refine((value) => !webUrlProblem(field, value), `${field}: give a full http:// or https:// link`)

const isoDate = (field: string) =>
  z
    .string()
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)), `${field}: give an ISO 8601 date and time`)

export const AdminCreateLiveSession = z
  .object({
    campaign_id: requiredText("campaign_id: name the campaign page (cpage_…) the session belongs to", 100),
    handle: z.string().trim().max(80).regex(LIVE_SESSION_HANDLE, "handle: use lowercase letters, digits and single hyphens"),
    title: requiredText("title: give the session a title", 200),
    title_en: z.string().trim().max(200).nullish(),
    host: requiredText("host: name who hosts the session", 200),
    stream_url: webUrl("stream_url"),
    replay_url: webUrl("replay_url").nullish(),
    starts_at: isoDate("starts_at"),
    ends_at: isoDate("ends_at"),
    prices: atLeastOne(
      z.object({ variant_id: requiredText("prices: every price names a variant_id", 100), amount: z.number().finite() }).strict(),
      "prices: feature at least one variant at a session price",
      100
    ),
    funding_source: z.enum(FUNDING_SOURCES).optional(),
  })
  .strict()
export type AdminCreateLiveSessionType = z.infer<typeof AdminCreateLiveSession>

export const AdminUpdateLiveSession = z
  .object({
    title: requiredText("title: a session keeps a title", 200),
    title_en: z.string().trim().max(200).nullable(),
    host: requiredText("host: a session keeps its host", 200),
    stream_url: webUrl("stream_url"),
    replay_url: webUrl("replay_url").nullable(),
    starts_at: isoDate("starts_at"),
    ends_at: isoDate("ends_at"),
    funding_source: z.enum(FUNDING_SOURCES),
  })
  .partial()
  .strict()
export type AdminUpdateLiveSessionType = z.infer<typeof AdminUpdateLiveSession>

import { z } from "@medusajs/framework/zod"
import { storedImageUrlProblem } from "@seleno/domain"
import { publicFileBase } from "../../lib/public-file-base"

/** An image from Seleno's own public file store, or nothing (storedImageUrlProblem says why not). */
export const storedImageUrl = (field: string) =>
  z
    .string()
    .trim()
    .max(1000)
    .nullish()
    .superRefine((value, ctx) => {
      const problem = value ? storedImageUrlProblem(field, value, publicFileBase()) : null
      if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, message: problem })
    })

import { z } from "@medusajs/framework/zod"

// Medusa's validation error words every minimum-size failure as "Value for field … too small,
// expected at least: '1'", dropping the message we gave min(). A refine keeps ours, so a person
// reads what to fill in.

/** A text that must not be empty (after trimming), refused with `message`. */
export const requiredText = (message: string, max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => value.length > 0, message)

/** A list of 1 to `max` entries; an empty one is refused with `message`. */
export const atLeastOne = <T extends z.ZodTypeAny>(item: T, message: string, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => list.length > 0, message)

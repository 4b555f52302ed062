import { FormSkeleton } from "@/modules/layout/components/skeleton"

export default function Loading() {
  return <FormSkeleton />
}

import { GridSkeleton } from "@/modules/layout/components/skeleton"

export default function Loading() {
  return <GridSkeleton />
}

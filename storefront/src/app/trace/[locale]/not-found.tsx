import { allTraceNotFoundTexts } from "@/modules/trace/not-found-texts"
import { TraceNotFoundInContext } from "@/modules/trace/components/trace-not-found-in-context"

/** An unknown batch code; cached like the records, so it reads nothing from the request. */
export default function CachedTraceNotFound() {
  return <TraceNotFoundInContext texts={allTraceNotFoundTexts()} />
}

/**
 * Confirming a case's serial as counterfeit belongs to the traceability workflow
 * `confirmCounterfeitWorkflow` (backend/src/workflows/traceability/confirm-counterfeit.ts, input
 * `{ serial_id, actor_id, note }`), which makes the public trace page warn.
 *
 * TODO(issue 16): wire the action to backend/src/workflows/traceability/confirm-counterfeit.ts once
 * it is on main (a workflow here that runs it as a step, then recordCaseAction). Until then the
 * action answers 501 "not available yet".
 */
export const COUNTERFEIT_CONFIRMATION_AVAILABLE = false

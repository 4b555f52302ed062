import { SettlementCloseBody, SettlementPayBody, SettlementPeriodQuery } from "../../../lib/settlement-period"

export const AdminSettlementQuery = SettlementPeriodQuery
export const AdminCloseSettlement = SettlementCloseBody
export const AdminPaySettlement = SettlementPayBody

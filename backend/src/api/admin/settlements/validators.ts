import { SettlementPeriodQuery } from "../../../lib/settlement-period"

export const AdminSettlementQuery = SettlementPeriodQuery

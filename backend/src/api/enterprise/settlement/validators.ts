import { SettlementPeriodQuery } from "../../../lib/settlement-period"

export const EnterpriseSettlementQuery = SettlementPeriodQuery

import { Module } from "@medusajs/framework/utils"
import ReportCaseModuleService from "./service"

export const REPORT_CASE_MODULE = "reportCase"

/** 举报: shoppers' reports, the staff case queue with its history, and the counters that throttle reports. */
export default Module(REPORT_CASE_MODULE, { service: ReportCaseModuleService })

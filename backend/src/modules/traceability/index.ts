import { Module } from "@medusajs/framework/utils"
import TraceabilityModuleService from "./service"

export const TRACEABILITY_MODULE = "traceability"

export default Module(TRACEABILITY_MODULE, { service: TraceabilityModuleService })

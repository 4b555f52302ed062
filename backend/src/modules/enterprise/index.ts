import { Module } from "@medusajs/framework/utils"
import EnterpriseModuleService from "./service"

export const ENTERPRISE_MODULE = "enterprise"

export default Module(ENTERPRISE_MODULE, { service: EnterpriseModuleService })

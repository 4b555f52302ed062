import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SelenoS3FileService } from "./service"

/** Files on S3-compatible storage (file-s3 with private objects kept apart); used when S3_BUCKET is set. */
export default ModuleProvider(Modules.FILE, { services: [SelenoS3FileService] })

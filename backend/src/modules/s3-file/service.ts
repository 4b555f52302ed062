import { S3FileService } from "@medusajs/file-s3/dist/services/s3-file"
import type { FileTypes } from "@medusajs/framework/types"

/** Keys of private objects start with this, as the local provider's do (`private-…`). */
export const PRIVATE_KEY_PREFIX = "private-"
/** Private objects must never sit in a shared cache (file-s3 gives every object a year, public). */
export const PRIVATE_CACHE_CONTROL = "private, no-store"

type Access = "public" | "private" | undefined

/**
 * Medusa's file-s3 provider, keeping private files (licences, test reports, invoices) apart from
 * public ones (product images): a private object's key starts with `private-`, it is written with the
 * `private` ACL and `Cache-Control: private, no-store`, and its upload answers no public URL (an
 * allowed actor gets it through a backend route or a short-lived presigned link). Public objects
 * keep file-s3's behaviour: `public-read`, a year-long public Cache-Control, a URL under S3_FILE_URL.
 */
export class SelenoS3FileService extends S3FileService {
  static override identifier = "seleno-s3"

  /**
   * Runs file-s3's own method with the private prefix and Cache-Control. file-s3 reads its config
   * while it builds the S3 command, synchronously, before its first await; the config is restored
   * as soon as the method returns its promise, so no other upload ever sees the private settings.
   */
  private asAccess<T>(access: Access, run: () => Promise<T>): Promise<T> {
    if (access === "public") return run()
    const saved = this.config_
    this.config_ = { ...saved, prefix: `${PRIVATE_KEY_PREFIX}${saved.prefix ?? ""}`, cacheControl: PRIVATE_CACHE_CONTROL }
    try {
      return run()
    } finally {
      this.config_ = saved
    }
  }

  override async upload(file: FileTypes.ProviderUploadFileDTO): Promise<FileTypes.ProviderFileResultDTO> {
    const result = await this.asAccess(file.access, () => super.upload(file))
    return file.access === "public" ? result : { ...result, url: "" }
  }

  override async getUploadStream(fileData: FileTypes.ProviderUploadStreamDTO) {
    const result = await this.asAccess(fileData.access, () => super.getUploadStream(fileData))
    if (fileData.access === "public") return result
    return { ...result, url: "", promise: result.promise.then((r) => ({ ...r, url: "" })) }
  }

  override async getPresignedUploadUrl(fileData: FileTypes.ProviderGetPresignedUploadUrlDTO): Promise<FileTypes.ProviderFileResultDTO> {
    return this.asAccess(fileData.access, () => super.getPresignedUploadUrl(fileData))
  }
}

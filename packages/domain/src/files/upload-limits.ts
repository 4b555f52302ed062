/**
 * What one enterprise upload may weigh and how many a listing sends at once. The backend refuses
 * beyond it; the portal says so before sending and sizes its server-action body to match.
 */
export const ENTERPRISE_UPLOAD_MAX_BYTES = 5 * 1024 * 1024
export const ENTERPRISE_UPLOAD_MAX_FILES = 5

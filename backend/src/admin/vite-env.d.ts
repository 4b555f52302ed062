/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Where the admin reaches the backend; unset means the admin's own origin (served by Medusa). */
  readonly VITE_BACKEND_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

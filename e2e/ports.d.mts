export declare const E2E_STOREFRONT_PORT: number
export declare const E2E_BACKEND_PORT: number
export declare const E2E_STRIPE_CONTROL_PORT: number
export declare const E2E_STOREFRONT_URL: string
export declare const E2E_BACKEND_URL: string

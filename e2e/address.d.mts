export declare const ANKANG_ADDRESS: {
  first_name: string
  last_name: string
  phone: string
  country_code: string
  province: string
  city: string
  address_2: string
  address_1: string
  postal_code: string
}

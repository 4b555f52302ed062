/**
 * The lock every change to an order's enterprise parts takes (shipping a part, deciding or
 * withdrawing an after-sales request), so they happen one at a time per order.
 */
export function orderPartLockKey(orderId: string): string {
  return `enterprise-order-part:${orderId}`
}

export * from './lib/order.repository';
export * from './lib/shipment.repository';
export * from './lib/receipt.repository';
export * from './lib/webhook.repository';
export * from './lib/repeat-order.repository';

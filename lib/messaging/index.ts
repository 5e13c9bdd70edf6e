export * from './protocol';
export * from './senders';
export * from './router';
export * from './client';

export * from './protocol';
export * from './sender';
export { createMessageListener, type Handlers, type RouterContext } from './router';

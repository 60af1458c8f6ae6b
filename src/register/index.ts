export { PolicyQa, type QaAnswer } from './answer.ts';
export { RegisterIndex, type SupplierMatch, type PolicyMatch } from './register-index.ts';
export { classify, type Intent } from './intents.ts';

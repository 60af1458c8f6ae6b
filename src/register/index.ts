export { PolicyQa, type QaAnswer } from './answer.ts';
export { RegisterIndex, type SupplierMatch, type PolicyMatch } from './register-index.ts';
export { classify, type Intent } from './intents.ts';
export { FileGapLog, MemoryGapLog, scrub, type Gap, type GapLog } from './gaps.ts';
export { queueGapsDigest, weeklyGapsDigest } from './gaps-digest.ts';
export { ModelReader, modelReaderFor, type ModelSettings, type Reading } from './model-reader.ts';

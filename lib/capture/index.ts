export * from './captureForm';
export * from './accountFromCapture';
export * from './contactFromCapture';
export * from './mergeAccounts';
export * from './draftStore';

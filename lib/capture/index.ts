export * from './captureForm';
export * from './accountFromCapture';
export * from './draftStore';

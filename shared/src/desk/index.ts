export * from './desk-period';
export * from './desk.schemas';
export * from './candidates';

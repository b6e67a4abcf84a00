export * from './activity-enums';
export * from './activity-rules';
export * from './activities.schemas';
export * from './certificate';
export * from './china-time';
export * from './extra-fields';
export * from './id-number';
export * from './ticket-code';

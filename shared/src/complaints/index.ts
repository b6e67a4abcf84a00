import '../common/zod-locale';
export * from './complaint-categories';
export * from './complaint-machine';
export * from './complaint-time';
export * from './complaint.schemas';
export * from './work-calendar.schemas';
export * from './complaints.api';

export * from './admin.queries';

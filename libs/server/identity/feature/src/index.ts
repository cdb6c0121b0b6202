export * from './lib/auth.service';
export * from './lib/identity.module';

import { serverBuildConfig } from '../../tools/vite/server-build.ts';

export default serverBuildConfig(import.meta.dirname, 'api');

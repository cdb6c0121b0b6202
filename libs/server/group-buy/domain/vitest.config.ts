import { defineProject } from '../../../../tools/vitest/project-config.ts';

export default defineProject(import.meta.dirname, 'server-group-buy-domain', 'node');

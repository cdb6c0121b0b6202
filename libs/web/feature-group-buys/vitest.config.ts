import { defineProject } from '../../../tools/vitest/project-config.ts';

export default defineProject(import.meta.dirname, 'web-feature-group-buys', 'jsdom');

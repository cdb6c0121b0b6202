import { defineProject } from '../vitest/project-config.ts';

export default defineProject(import.meta.dirname, 'tools-seed', 'node', { database: true });

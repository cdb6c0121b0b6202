import {
  formatFiles,
  generateFiles,
  joinPathFragments,
  names,
  type Tree,
  updateJson,
  addProjectConfiguration,
} from '@nx/devkit';
import * as path from 'node:path';
import type { ContextGeneratorSchema } from './schema';

export const LAYERS = [
  { layer: 'domain', type: 'domain', database: false },
  { layer: 'data-access', type: 'data-access', database: true },
  { layer: 'feature', type: 'feature', database: true },
] as const;

/**
 * `nx g @tradeway/generators:context <name>` — a server context as STYLE.md lays it out:
 * libs/server/<name>/{domain,data-access,feature}, each an Nx project tagged scope:server and
 * its type (so module boundaries apply), with a path alias, a vitest config and a first spec.
 */
export async function contextGenerator(tree: Tree, options: ContextGeneratorSchema): Promise<void> {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(options.name)) {
    throw new Error(`Context name must be kebab-case, got "${options.name}"`);
  }
  const n = names(options.name);
  const base = joinPathFragments('libs/server', n.fileName);
  if (tree.exists(base)) throw new Error(`${base} exists already`);

  for (const { layer, type, database } of LAYERS) {
    const root = joinPathFragments(base, layer);
    const projectName = `server-${n.fileName}-${layer}`;
    addProjectConfiguration(tree, projectName, {
      root,
      sourceRoot: joinPathFragments(root, 'src'),
      projectType: 'library',
      tags: ['scope:server', `type:${type}`],
      targets: { lint: {}, typecheck: {}, test: {} },
    });
    generateFiles(tree, path.join(__dirname, 'files', layer), root, {
      ...n,
      projectName,
      database,
      offset: '../../../../',
      tmpl: '',
    });
    updateJson(tree, 'tsconfig.base.json', (json) => {
      json.compilerOptions ??= {};
      json.compilerOptions.paths ??= {};
      json.compilerOptions.paths[`@tradeway/server/${n.fileName}/${layer}`] = [
        joinPathFragments(root, 'src/index.ts'),
      ];
      return json;
    });
  }
  if (!options.skipFormat) await formatFiles(tree);
}

export default contextGenerator;

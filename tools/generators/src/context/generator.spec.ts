import { readJson, readProjectConfiguration, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { contextGenerator, LAYERS } from './generator';

describe('context generator', () => {
  let tree: Tree;

  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write('tsconfig.base.json', JSON.stringify({ compilerOptions: { paths: {} } }));
  });

  it('creates domain, data-access and feature projects with their tags, aliases and a first spec each', async () => {
    await contextGenerator(tree, { name: 'group-buy', skipFormat: true });
    const paths = readJson(tree, 'tsconfig.base.json').compilerOptions.paths;
    for (const { layer, type } of LAYERS) {
      const project = readProjectConfiguration(tree, `server-group-buy-${layer}`);
      expect(project.root).toBe(`libs/server/group-buy/${layer}`);
      expect(project.tags).toEqual(['scope:server', `type:${type}`]);
      expect(paths[`@tradeway/server/group-buy/${layer}`]).toEqual([
        `libs/server/group-buy/${layer}/src/index.ts`,
      ]);
      const specs = tree
        .children(`libs/server/group-buy/${layer}/src/lib`)
        .filter((f) => /\.(int-)?spec\.ts$/.test(f));
      expect(specs.length).toBeGreaterThanOrEqual(1);
    }
    const errors = tree.read('libs/server/group-buy/domain/src/lib/group-buy.errors.ts', 'utf-8');
    expect(errors).toContain('export const GROUP_BUY_ERRORS');
    const vitest = tree.read('libs/server/group-buy/data-access/vitest.config.ts', 'utf-8');
    expect(vitest).toContain('{ database: true }');
    expect(tree.read('libs/server/group-buy/domain/vitest.config.ts', 'utf-8')).not.toContain('database');
  });

  it('refuses a name that is not kebab-case, or a context that exists', async () => {
    await expect(contextGenerator(tree, { name: 'GroupBuy', skipFormat: true })).rejects.toThrow(
      /kebab-case/,
    );
    await contextGenerator(tree, { name: 'rfq', skipFormat: true });
    await expect(contextGenerator(tree, { name: 'rfq', skipFormat: true })).rejects.toThrow(/exists already/);
  });
});

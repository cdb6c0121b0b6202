import path from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

/**
 * Builds a Node server app (API, worker) into one ESM file per entry: our libraries are
 * bundled from source (tsconfig paths), packages from node_modules stay external. Vite 8's
 * oxc transform reads `emitDecoratorMetadata` from tsconfig, which Nest's DI needs.
 */
export function serverBuildConfig(dirname: string, app: string, outDir?: string): UserConfig {
  return defineConfig({
    root: dirname,
    resolve: { tsconfigPaths: true },
    logLevel: 'warn',
    build: {
      ssr: path.join(dirname, 'src/main.ts'),
      outDir: outDir ?? path.resolve(dirname, '../../dist/apps', app),
      emptyOutDir: true,
      target: 'node20',
      sourcemap: true,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'main.js' } },
    },
    ssr: { noExternal: [/^@tradeway\//] },
  });
}

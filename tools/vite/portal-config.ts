import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions, type UserConfig } from 'vite';

/**
 * One Vite configuration for the three portals. The portal's own server forwards `/api`
 * (and `/health`) to the API named by `API_URL`, in development (`vite`) and in
 * `vite preview`, so the browser talks to one origin: no CORS, first-party cookies.
 */
export function portalConfig(dirname: string, app: string, defaultPort: number): UserConfig {
  const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
  const port = Number(process.env.PORT ?? defaultPort);
  const proxy: Record<string, ProxyOptions> = {
    '/api': { target: apiUrl, changeOrigin: false, xfwd: true },
    '/health': { target: apiUrl, changeOrigin: false, xfwd: true },
  };
  return defineConfig({
    root: dirname,
    plugins: [react()],
    resolve: { tsconfigPaths: true },
    logLevel: 'warn',
    build: {
      outDir: path.resolve(dirname, '../../dist/apps', app),
      emptyOutDir: true,
      sourcemap: true,
      // Ant Design is one large vendor chunk, cached across deploys.
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        output: {
          manualChunks(id) {
            if (/node_modules[\\/](antd|@ant-design|rc-|@rc-component)/.test(id)) return 'antd';
            if (/node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/.test(id)) return 'react';
            return undefined;
          },
        },
      },
    },
    server: { host: '127.0.0.1', port, strictPort: true, proxy },
    preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  });
}

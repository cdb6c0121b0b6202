import 'reflect-metadata';
import { ConfigError, loadConfig } from '@tradeway/server/platform';
import { buildApi } from './bootstrap';

async function main() {
  const config = loadConfig();
  const app = await buildApi(config);
  app.enableShutdownHooks();
  await app.listen({ port: config.API_PORT, host: config.API_HOST });
  console.log(
    JSON.stringify({
      level: 30,
      msg: `Tradeway API listening on http://${config.API_HOST}:${config.API_PORT}`,
      docs: '/api/docs',
    }),
  );
}

main().catch((e: unknown) => {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78); // EX_CONFIG
  }
  console.error(e);
  process.exit(1);
});

/**
 * Prints the demo logins (for `npm start` and the README): `npx tsx tools/seed/logins.mts`.
 * `--markdown` prints a Markdown table.
 *
 * The demo data imports the shared contracts (`@tradeway/*` paths), which plain `tsx` does not
 * resolve without a root tsconfig.json: load it through tsx's API with this project's runtime
 * tsconfig, as seed.mts does.
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type * as DemoData from './src/demo-data.ts';

const { DEMO_PASSWORD, demoLogins } = (await tsImport('./src/demo-data.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('./tsconfig.runtime.json', import.meta.url)),
})) as typeof DemoData;

const rows = demoLogins();
if (process.argv.includes('--markdown')) {
  console.log('| portal | email | role | company |\n| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.portal} | \`${r.email}\` | ${r.role} | ${r.company} |`);
} else {
  console.log(` Demo logins (password for all: ${DEMO_PASSWORD})`);
  for (const r of rows)
    console.log(`   ${r.portal.padEnd(10)} ${r.email.padEnd(40)} ${r.role.padEnd(14)} ${r.company}`);
}

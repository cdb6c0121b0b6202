/**
 * Prints the demo logins (for `npm start` and the README): `npx tsx tools/seed/logins.mts`.
 * `--markdown` prints a Markdown table.
 */
import { DEMO_PASSWORD, demoLogins } from './src/demo-data.ts';

const rows = demoLogins();
if (process.argv.includes('--markdown')) {
  console.log('| portal | email | role | company |\n| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.portal} | \`${r.email}\` | ${r.role} | ${r.company} |`);
} else {
  console.log(` Demo logins (password for all: ${DEMO_PASSWORD})`);
  for (const r of rows)
    console.log(`   ${r.portal.padEnd(10)} ${r.email.padEnd(40)} ${r.role.padEnd(14)} ${r.company}`);
}

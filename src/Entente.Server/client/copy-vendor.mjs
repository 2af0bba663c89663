// Copies the built chart library and its licence files from node_modules into ../wwwroot/vendor/,
// so that the dashboard needs no CDN and no build step at run time. Run after `npm ci`: `npm run vendor`.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = join(here, 'node_modules', 'echarts');
const out = join(here, '..', 'wwwroot', 'vendor');
mkdirSync(out, { recursive: true });

const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
const files = [
  ['dist/echarts.min.js', 'echarts.min.js'],
  ['LICENSE', 'echarts.LICENSE.txt'],
  ['NOTICE', 'echarts.NOTICE.txt'],
  ['licenses/LICENSE-d3', 'echarts.LICENSE-d3.txt'],
];
for (const [from, to] of files) {
  copyFileSync(join(pkg, from), join(out, to));
  console.log(`vendor/${to} <- echarts ${version} ${from}`);
}

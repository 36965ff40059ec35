// Generates TypeScript types from the OpenAPI snapshots (web/openapi/*.json) into src/api/generated/.
// The generated files are not committed; the build regenerates them, so the client cannot drift.
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'openapi');
const out = join(root, 'src', 'api', 'generated');
await mkdir(out, { recursive: true });
for (const file of (await readdir(src)).filter((f) => f.endsWith('.json')).sort()) {
  const doc = JSON.parse(await readFile(join(src, file), 'utf8'));
  const ast = await openapiTS(doc, { alphabetize: true });
  const header = `// Generated from openapi/${file} by scripts/generate-api.mjs. Do not edit.\n`;
  await writeFile(join(out, basename(file, '.json') + '.ts'), header + astToString(ast));
  console.log(`generated src/api/generated/${basename(file, '.json')}.ts`);
}

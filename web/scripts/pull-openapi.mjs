// Fetches the gateway's and every service's OpenAPI document into web/openapi/ as stable snapshots:
// pretty-printed, keys sorted, the volatile `servers` entry removed (it names the host that served it).
// Usage: node scripts/pull-openapi.mjs [baseUrl]   (default http://localhost:8080)
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = (process.argv[2] || process.env.MINYI_URL || 'http://localhost:8080').replace(/\/$/, '');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'openapi');
const docs = {
  'gateway.json': '/v3/api-docs',
  'deputy-service.json': '/v3/api-docs/deputy-service',
  'proposal-service.json': '/v3/api-docs/proposal-service',
  'petition-service.json': '/v3/api-docs/petition-service',
  'reporting-service.json': '/v3/api-docs/reporting-service',
};

function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted(value[k])]));
  }
  return value;
}

await mkdir(out, { recursive: true });
for (const [file, path] of Object.entries(docs)) {
  const res = await fetch(base + path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    console.error(`${base + path}: HTTP ${res.status}`);
    process.exit(1);
  }
  const doc = await res.json();
  delete doc.servers;
  await writeFile(join(out, file), JSON.stringify(sorted(doc), null, 2) + '\n');
  console.log(`wrote openapi/${file}`);
}

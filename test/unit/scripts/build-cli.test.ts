import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The compiled CLI (dist/, built by `npm test`'s pretest and at install) leaves node_modules
// external, so every package it imports is resolved by Node's ESM loader when the command runs.
// A deep import without its extension ('@temporalio/common/lib/time') type-checks and runs under
// tsx, but Node refuses it: `dondoc cluster up` failed that way until this test. Each specifier
// the chunks import is resolved here as Node resolves it.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const dist = join(root, 'dist');

function bareSpecifiers(): string[] {
  const files = [join(dist, 'program.js'), ...readdirSync(join(dist, 'chunks')).filter((name) => name.endsWith('.js')).map((name) => join(dist, 'chunks', name))];
  const found = new Set<string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"'./][^"']*)["']/g)) found.add(match[1]!);
  }
  // Package names only (strings in the code that merely follow the word "from" are not).
  return [...found].filter((specifier) => /^(@[\w.-]+\/)?[\w.-]+(\/[\w.@-]+)*$/.test(specifier) && !builtinModules.includes(specifier.split('/')[0]!)).sort();
}

describe('the compiled CLI (dist/)', () => {
  it('imports only packages that Node resolves', () => {
    expect(existsSync(join(dist, 'build-info.json')), 'dist/ is missing: run `npm run build` (npm test builds it first)').toBe(true);
    const specifiers = bareSpecifiers();
    expect(specifiers).toContain('@temporalio/client');
    // import.meta.resolve names the file without checking it exists; Node's loader then wants that very file.
    const script =
      `import { statSync } from 'node:fs'; const failed = [];` +
      ` for (const s of ${JSON.stringify(specifiers)}) { try { const url = new URL(import.meta.resolve(s));` +
      ` if (url.protocol === 'file:' && !statSync(url, { throwIfNoEntry: false })?.isFile()) failed.push(s + ': no such file ' + url.pathname); }` +
      ` catch (e) { failed.push(s + ': ' + e.code); } } console.log(JSON.stringify(failed));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: dist, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual([]);
  });
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import type * as source from '../../../config/project-root';
import { projectPath, projectRequire, projectRoot } from '../../../config/project-root';

describe('the project root', () => {
  it('is the directory of dondoc’s package.json when run from source', () => {
    expect(projectPath('plans', 'ke-hoach-135-tre-em.yaml')).toBe(join(projectRoot, 'plans', 'ke-hoach-135-tre-em.yaml'));
    expect(projectPath('package.json')).toBe(join(process.cwd(), 'package.json'));
    expect(projectRequire.resolve('pdfjs-dist/package.json')).toBe(join(projectRoot, 'node_modules', 'pdfjs-dist', 'package.json'));
  });

  it('is still the package root when the code is bundled into a chunk below it', async () => {
    // As scripts/build-cli.js does: the module ends up in <root>/dist/chunks/, and a package.json
    // of another name on the way up is not the root.
    const root = await mkdtemp(join(tmpdir(), 'dondoc-root-'));
    try {
      await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'dondoc' }));
      await mkdir(join(root, 'dist', 'chunks'), { recursive: true });
      await writeFile(join(root, 'dist', 'package.json'), JSON.stringify({ name: 'something-else' }));
      const chunk = join(root, 'dist', 'chunks', 'project-root.js');
      await build({ entryPoints: [projectPath('config', 'project-root.ts')], outfile: chunk, bundle: true, format: 'esm', platform: 'node', logLevel: 'silent' });
      const bundled = (await import(pathToFileURL(chunk).href)) as typeof source;
      expect(bundled.projectRoot).toBe(root);
      expect(bundled.projectPath('workflows', 'index.ts')).toBe(join(root, 'workflows', 'index.ts'));
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

// The systemd units of docs/deployment.md are files in the repository: each must parse, start
// what its name says, restart on failure and run as an unprivileged user.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../../config/project-root';
import { temporalServices } from '../../../embedded/cluster/server-config';

const directory = projectPath('deploy', 'systemd');
const unitFiles = readdirSync(directory).filter((name) => name.endsWith('.service'));

/** systemd's unit syntax: [Section] headers, Key=Value lines, # and ; comments; a key may repeat. */
function parseUnit(text: string): Record<string, Record<string, string[]>> {
  const sections: Record<string, Record<string, string[]>> = {};
  let current: Record<string, string[]> | null = null;
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      current = sections[header[1]!] = {};
      continue;
    }
    const pair = /^([A-Za-z]+)=(.*)$/.exec(line);
    if (!pair || !current) throw new Error(`line ${index + 1} is neither a [Section] nor Key=Value: ${raw}`);
    (current[pair[1]!] ??= []).push(pair[2]!);
  }
  return sections;
}

const units = Object.fromEntries(unitFiles.map((name) => [name, parseUnit(readFileSync(`${directory}/${name}`, 'utf8'))]));
const one = (name: string, section: string, key: string) => units[name]?.[section]?.[key]?.[0];

describe('deploy/systemd units', () => {
  it('has one unit per Temporal service, the Web UI, the dondoc worker and the API server', () => {
    expect(unitFiles.sort()).toEqual([...temporalServices.map((service) => `temporal-${service}.service`), 'dondoc-api@.service', 'dondoc-worker@.service', 'temporal-ui.service'].sort());
  });

  it.each(unitFiles)('%s: ExecStart, Restart=on-failure, an unprivileged User, a Description and an install target', (name) => {
    expect(one(name, 'Service', 'ExecStart')).toMatch(/^\/\S+/);
    expect(one(name, 'Service', 'Restart')).toBe('on-failure');
    expect(one(name, 'Service', 'User')).toMatch(/^(temporal|dondoc)$/);
    expect(one(name, 'Unit', 'Description')).toBeTruthy();
    expect(one(name, 'Install', 'WantedBy')).toBe('multi-user.target');
  });

  it.each(temporalServices)('temporal-%s.service starts that service with its own config file', (service) => {
    const execStart = one(`temporal-${service}.service`, 'Service', 'ExecStart')!;
    expect(execStart).toContain(`--env ${service} `);
    expect(execStart).toMatch(new RegExp(`start --service ${service}$`));
  });

  it('runs `dondoc worker` and `dondoc serve` with the configuration file, each instance its own data directory', () => {
    for (const [name, command] of [['dondoc-worker@.service', 'worker'], ['dondoc-api@.service', 'serve']] as const) {
      expect(one(name, 'Service', 'ExecStart')).toMatch(new RegExp(`bin/dondoc\\.js ${command}$`));
      expect(one(name, 'Service', 'EnvironmentFile')).toBe('/etc/dondoc/dondoc.env');
      expect(units[name]!.Service!.Environment!.some((line) => /^DONDOC_DATA_DIR=.*%i$/.test(line))).toBe(true);
    }
    expect(units['dondoc-api@.service']!.Service!.Environment).toContain('DONDOC_API_PORT=%i');
    // Each worker serves the SDK's metrics on the port its instance names (dondoc-worker@9464).
    expect(units['dondoc-worker@.service']!.Service!.Environment).toContain('DONDOC_WORKER_METRICS=127.0.0.1:%i');
  });
});

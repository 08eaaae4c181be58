// The supervisor with stand-in services (a promise that resolves when "it exits"): the real dev
// server's supervision is exercised in test/servers/e2e/up-supervision.test.ts.
import { describe, expect, it } from 'vitest';
import { ServiceGaveUpError, superviseService, type SupervisedInstance } from '../../../workers/services/supervise-service';
import { ZSupervisionPolicy } from '../../../workers/services/supervision-policy';

interface FakeInstance extends SupervisedInstance {
  generation: number;
  crash(how: string): void;
  stopped: boolean;
}

function fakeService(failStarts: (generation: number) => boolean = () => false) {
  let generation = 0;
  const instances: FakeInstance[] = [];
  const start = async (): Promise<FakeInstance> => {
    generation += 1;
    if (failStarts(generation)) throw new Error(`Port 7233 is already in use. Stop it.\nmore`);
    let exit: (how: string) => void = () => {};
    const instance: FakeInstance = {
      generation,
      stopped: false,
      exited: new Promise<string>((resolve) => (exit = resolve)),
      crash: (how) => exit(how),
      async stop() {
        instance.stopped = true;
        exit('stopped');
      },
    };
    instances.push(instance);
    return instance;
  };
  return { start, instances };
}

const policy = ZSupervisionPolicy.parse({ firstDelayMs: 5, maxDelayMs: 40 });
const until = async (condition: () => boolean) => {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('superviseService', () => {
  it('restarts a service that exits, says so in one line, and says when it is back', async () => {
    const lines: string[] = [];
    const service = fakeService();
    const supervised = await superviseService({ name: 'the server', start: service.start, where: (instance) => `as #${instance.generation}`, advice: 'Fix it.', progress: (line) => lines.push(line), policy });
    service.instances[0]!.crash('killed by SIGKILL');
    await until(() => supervised.current().generation === 2 && lines.length === 2);
    expect(lines[0]).toBe('the server exited unexpectedly (killed by SIGKILL); restarting it on the same data in 0 s…');
    expect(lines[1]).toMatch(/^the server is back as #2, [\d.]+ s after it stopped\.$/);
    // The dead one's leftovers were released.
    expect(service.instances[0]!.stopped).toBe(true);
    await supervised.stop();
    expect(service.instances[1]!.stopped).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(service.instances).toHaveLength(2); // no restart after a stop
  });

  it('keeps trying a restart that fails, then gives up after five restarts with what to do', async () => {
    const lines: string[] = [];
    const service = fakeService((generation) => generation > 1);
    const supervised = await superviseService({ name: 'the server', start: service.start, where: () => '', advice: 'Free the port, then run `dondoc up` again.', progress: (line) => lines.push(line), policy });
    service.instances[0]!.crash('exit code 1');
    const failure = await supervised.failed.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServiceGaveUpError);
    expect((failure as Error).message).toBe(
      'the server failed 6 times within 2 min (last: Port 7233 is already in use), so dondoc stopped everything. Free the port, then run `dondoc up` again.',
    );
    expect(lines).toEqual([
      'the server exited unexpectedly (exit code 1); restarting it on the same data in 0 s…',
      'restarting the server failed (Port 7233 is already in use); next try in 0 s.',
      'restarting the server failed (Port 7233 is already in use); next try in 0 s.',
      'restarting the server failed (Port 7233 is already in use); next try in 0 s.',
      'restarting the server failed (Port 7233 is already in use); next try in 0 s.',
    ]);
    await supervised.stop();
  });

  it('does not restart what it was told to stop, even mid back-off', async () => {
    const service = fakeService();
    const supervised = await superviseService({ name: 'the server', start: service.start, where: () => '', advice: '', progress: () => {}, policy: ZSupervisionPolicy.parse({ firstDelayMs: 60_000 }) });
    service.instances[0]!.crash('killed by SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await supervised.stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(service.instances).toHaveLength(1);
  });
});

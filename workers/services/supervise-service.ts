// Keeps a service that `dondoc up` started itself running: when it exits unexpectedly, one line
// says so, it is started again on the same data after a back-off (supervision-policy.ts), and
// one line says when it is back. Too many failures in a short window stop dondoc instead.
import { decideRestart, defaultSupervisionPolicy, formatDuration, type TSupervisionPolicy } from './supervision-policy';

export interface SupervisedInstance {
  /** Resolves, with how it ended, when the service stops for any reason. */
  exited: Promise<string>;
  /** Stops it; after an exit, releases what it held (files, handles). */
  stop(): Promise<void>;
}

export interface SuperviseOptions<TInstance extends SupervisedInstance> {
  /** "the Temporal dev server": how the lines of output name it. */
  name: string;
  /** Starts the service on its data; a restart calls it again with the same settings. */
  start: () => Promise<TInstance>;
  /** Where it serves, for the line that says it is back ("on 127.0.0.1:7233"). */
  where: (instance: TInstance) => string;
  /** What to do if dondoc gives up (the line of output ends with it). */
  advice: string;
  progress: (message: string) => void;
  policy?: TSupervisionPolicy;
  now?: () => number;
}

export interface SupervisedService<TInstance extends SupervisedInstance> {
  current(): TInstance;
  /** Rejects with a ServiceGaveUpError when the policy gives up; never resolves. */
  failed: Promise<never>;
  /** Stops the service and the supervision (no restart after this). */
  stop(): Promise<void>;
}

export class ServiceGaveUpError extends Error {
  override name = 'ServiceGaveUpError';
}

/** Starts the service once (a failure there is thrown as it is), then watches it. */
export async function superviseService<TInstance extends SupervisedInstance>(options: SuperviseOptions<TInstance>): Promise<SupervisedService<TInstance>> {
  const now = options.now ?? Date.now;
  const policy = options.policy ?? defaultSupervisionPolicy;
  let instance = await options.start();
  let stopping = false;
  let cancelWait: () => void = () => {};
  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      cancelWait = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  const failures: number[] = [];
  // A restart in progress when dondoc stops: stop waits for it, then stops what it started.
  let restarting: Promise<unknown> = Promise.resolve();

  const watch = async (): Promise<never> => {
    for (;;) {
      const how = await instance.exited;
      if (stopping) return new Promise<never>(() => {});
      const downSince = now();
      await instance.stop().catch(() => undefined);
      failures.push(downSince);
      let reason = how;
      let decision = decideRestart({ failures, now: now(), policy });
      options.progress(
        decision.action === 'restart'
          ? `${options.name} exited unexpectedly (${how}); restarting it on the same data in ${formatDuration(decision.delayMs)}…`
          : `${options.name} exited unexpectedly (${how}).`,
      );
      for (;;) {
        if (decision.action === 'give-up') {
          throw new ServiceGaveUpError(
            `${options.name} failed ${decision.failuresInWindow} times within ${formatDuration(decision.windowMs)} (last: ${reason}), so dondoc stopped everything. ${options.advice}`,
          );
        }
        await wait(decision.delayMs);
        if (stopping) return new Promise<never>(() => {});
        try {
          const starting = options.start().then((started) => (instance = started));
          restarting = starting.catch(() => undefined);
          await starting;
          break;
        } catch (error) {
          reason = firstSentence(error);
          failures.push(now());
          decision = decideRestart({ failures, now: now(), policy });
          if (decision.action === 'restart') options.progress(`restarting ${options.name} failed (${reason}); next try in ${formatDuration(decision.delayMs)}.`);
        }
      }
      if (stopping) return new Promise<never>(() => {});
      options.progress(`${options.name} is back ${options.where(instance)}, ${formatDuration(now() - downSince)} after it stopped.`);
    }
  };
  const failed = watch();
  // Whoever runs the service listens to `failed`; until then, a give-up is not an unhandled rejection.
  failed.catch(() => undefined);

  return {
    current: () => instance,
    failed,
    async stop() {
      stopping = true;
      cancelWait();
      await restarting;
      await instance.stop();
    },
  };
}

/** The first sentence of an error: the cause; the advice is in the give-up message. */
function firstSentence(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  const end = message.search(/\.(\s|$)/);
  return end === -1 ? message : message.slice(0, end);
}

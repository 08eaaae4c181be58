// Runs a use-case of the application layer with the configuration from the environment. The
// configuration and the application are loaded here, when a command runs, not when the program
// starts: `dondoc --help` and the commands that need no service stay fast.
import type { TAppContext } from '../client/app-context';

export async function runUseCase<T>(run: (context: TAppContext) => Promise<T>): Promise<T> {
  const [{ loadConfig }, { withAppContext }] = await Promise.all([import('../config/config'), import('../client/app-context')]);
  return withAppContext(loadConfig(), run);
}

/** The configuration alone, for commands that read local files (the outbox) or start services. */
export async function cliConfig() {
  const { loadConfig } = await import('../config/config');
  return loadConfig();
}

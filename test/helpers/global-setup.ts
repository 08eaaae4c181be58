// Runs once before the server-backed tests: provides the Temporal binaries, so that a cold
// machine downloads or builds them here (with progress) rather than inside a test's timeout.
import { locateTemporalServer } from '../../embedded/temporal-binaries';
import { locateMavenBuild } from '../../embedded/time-skipping-server';

export default async function provideTemporalBinaries(): Promise<void> {
  const progress = (message: string) => console.error(`[temporal] ${message}`);
  await locateTemporalServer('cli', { onProgress: progress });
  await locateTemporalServer('test-server', { onProgress: progress });
  // The tests that start the clock on a chosen day (the daily digest, the seed simulation) need
  // the JVM test server; without Java and Maven they say so themselves.
  await locateMavenBuild(progress);
}

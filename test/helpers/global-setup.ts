// Runs once before the server-backed tests: provides both Temporal binaries, so that a cold
// machine builds them here (minutes, with progress) rather than inside a test's timeout.
import { locateTemporalServer } from '../../embedded/temporal-binaries';

export default async function provideTemporalBinaries(): Promise<void> {
  const progress = (message: string) => console.error(`[temporal] ${message}`);
  await locateTemporalServer('cli', { onProgress: progress });
  await locateTemporalServer('test-server', { onProgress: progress });
}

/**
 * The Temporal SDK gives an ephemeral server 5 seconds to accept connections, then kills it. A
 * JVM starting while others start theirs can miss that on a loaded 2-core machine; a later try,
 * once the burst has passed, succeeds. Any other failure is thrown at once.
 */
export async function withServerStartRetries<T>(start: () => Promise<T>, onRetry: (attempt: number) => void = () => {}, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await start();
    } catch (error) {
      if (attempt >= attempts || !/did not start within/.test(String((error as Error).message))) throw error;
      onRetry(attempt);
      await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt));
    }
  }
}

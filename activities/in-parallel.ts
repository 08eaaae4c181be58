// A bounded pool for activities that make many independent calls (starting a plan's workflows):
// one call at a time leaves the server and the network idle between calls, all at once floods them.

/** Runs `work` on each item, at most `concurrency` at once; rejects with the first error, after the lanes running stop. */
export async function inParallel<T>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    for (let index = next++; index < items.length && !failed; index = next++) {
      try {
        await work(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  const rejected = lanes.find((lane): lane is PromiseRejectedResult => lane.status === 'rejected');
  if (rejected) throw rejected.reason;
}

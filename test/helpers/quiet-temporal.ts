// Setup file for server-backed tests: Temporal's default logger prints every worker state
// change at INFO, which buries test failures. Warnings and errors still show.
import { DefaultLogger, Runtime } from '@temporalio/worker';

Runtime.install({ logger: new DefaultLogger('WARN') });

#!/usr/bin/env node
// dondoc is written in TypeScript and run through tsx's loader, so there is no build step
// between a checkout and a running system.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../client/cli.ts');
await main(process.argv);

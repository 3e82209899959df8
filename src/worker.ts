// The entry point of a --concurrency worker thread (see batch.ts).
import { runWorker } from './batch.js';

runWorker();

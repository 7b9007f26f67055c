/** One share of the pages for html-validate, in its own thread (see valideerHtml). */
import { parentPort, workerData } from 'node:worker_threads';
import type { GebouwdePagina } from '../hulp/gebouwde-site';
import { valideerHtmlHier } from './html-valideren';

parentPort!.postMessage(await valideerHtmlHier(workerData as GebouwdePagina[]));

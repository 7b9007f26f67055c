/**
 * `npm run zoekbenchmark` — prints the top-3 hit rate of the search benchmark per language and
 * overall, against the built site served by `npm run preview` (or BASIS_URL).
 */
import { chromium } from 'playwright-core';
import { chromiumOpties } from '../hulp/chromium';
import { meetZoekkwaliteit, verslag, vragenUit } from './meet';

const basis = process.env.BASIS_URL ?? 'http://127.0.0.1:4321';
const browser = await chromium.launch(chromiumOpties());
const page = await browser.newPage();
const set = process.env.VRAGEN ?? 'vragen';
console.log(`Vragenset: ${set}`);
console.log(verslag(await meetZoekkwaliteit(page, basis, vragenUit(set))));
await browser.close();

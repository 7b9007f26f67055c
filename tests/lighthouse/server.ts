/**
 * A small static server for the built site that behaves like a real host where Lighthouse looks:
 * compression, cache headers, the site's `_headers`, directory index and a real 404 page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { leesHeaders, type HeadersVoorPad } from './headers';

const soorten: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // Pagefind's index files are binary and already gzipped by Pagefind itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const inpakbaar = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg\+xml)/;

// File names with a content hash never change, so browsers may keep them for a year.
const metHash = /^\/(_astro\/|pagefind\/(fragment|index|filter)\/|pagefind\/pagefind\.[^/]+\.pf_meta$)/;

type Codering = 'br' | 'gzip' | 'identity';

export interface StatischeServer {
  url: string;
  sluit: () => Promise<void>;
}

export async function startServer(map: string, poort: number): Promise<StatischeServer> {
  const headersBestand = join(map, '_headers');
  const headersVoor = leesHeaders(existsSync(headersBestand) ? readFileSync(headersBestand, 'utf8') : '');
  const ingepakt = new Map<string, Buffer>();

  const server = createServer((verzoek, antwoord) => {
    beantwoord(map, headersVoor, ingepakt, verzoek, antwoord).catch((fout: unknown) => {
      antwoord.statusCode = 500;
      antwoord.end(String(fout));
    });
  });
  await new Promise<void>((klaar, mislukt) => {
    server.once('error', mislukt);
    server.listen(poort, '127.0.0.1', () => klaar());
  });
  return { url: `http://127.0.0.1:${poort}`, sluit: () => sluitServer(server) };
}

async function beantwoord(
  map: string,
  headersVoor: HeadersVoorPad,
  ingepakt: Map<string, Buffer>,
  verzoek: IncomingMessage,
  antwoord: ServerResponse,
): Promise<void> {
  const url = new URL(verzoek.url ?? '/', 'http://localhost');
  let pad: string;
  try {
    pad = decodeURIComponent(url.pathname);
  } catch {
    pad = url.pathname;
  }
  const bestand = normalize(join(map, pad));
  const binnenMap = bestand === normalize(map) || bestand.startsWith(normalize(map) + sep);

  let gevonden = binnenMap && !pad.endsWith('/_headers') ? await soortVan(bestand) : undefined;
  if (gevonden === 'map' && !pad.endsWith('/')) {
    antwoord.writeHead(301, { Location: `${url.pathname}/${url.search}` });
    antwoord.end();
    return;
  }
  let teSturen = gevonden === 'map' ? join(bestand, 'index.html') : bestand;
  if (gevonden === 'map') gevonden = await soortVan(teSturen);
  let status = 200;
  if (gevonden !== 'bestand') {
    status = 404;
    teSturen = join(map, '404.html');
  }

  const soort = soorten[extname(teSturen)] ?? 'application/octet-stream';
  const codering: Codering = inpakbaar.test(soort) ? kiesCodering(verzoek.headers['accept-encoding']) : 'identity';
  const inhoud = existsSync(teSturen) ? await ingepakteInhoud(ingepakt, teSturen, codering) : Buffer.from('Niet gevonden');

  antwoord.writeHead(status, {
    ...headersVoor(pad),
    'Content-Type': soort,
    'Content-Length': inhoud.length,
    'Cache-Control': status === 200 && metHash.test(pad) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
    Vary: 'Accept-Encoding',
    ...(codering === 'identity' ? {} : { 'Content-Encoding': codering }),
  });
  antwoord.end(verzoek.method === 'HEAD' ? undefined : inhoud);
}

async function soortVan(pad: string): Promise<'bestand' | 'map' | undefined> {
  try {
    const gegevens = await stat(pad);
    return gegevens.isDirectory() ? 'map' : gegevens.isFile() ? 'bestand' : undefined;
  } catch {
    return undefined;
  }
}

function kiesCodering(accept: string | undefined): Codering {
  const namen = (accept ?? '').split(',').map((deel) => deel.split(';')[0]?.trim());
  if (namen.includes('br')) return 'br';
  if (namen.includes('gzip')) return 'gzip';
  return 'identity';
}

async function ingepakteInhoud(cache: Map<string, Buffer>, bestand: string, codering: Codering): Promise<Buffer> {
  const sleutel = `${codering}:${bestand}`;
  const bewaard = cache.get(sleutel);
  if (bewaard) return bewaard;
  const ruw = await readFile(bestand);
  // Quality 5 is roughly what hosts use when compressing on the fly, and fast enough not to slow the first request.
  const inhoud =
    codering === 'br'
      ? brotliCompressSync(ruw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
      : codering === 'gzip'
        ? gzipSync(ruw, { level: 6 })
        : ruw;
  cache.set(sleutel, inhoud);
  return inhoud;
}

function sluitServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((klaar) => server.close(() => klaar()));
}

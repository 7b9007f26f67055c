/** The QR code of one link-builder choice in one language, as a static SVG file made at build time. */
import type { APIRoute } from 'astro';
import { qrPaden, deepLink } from '../../../../site/verwijzers';
import { qrSvgBestand } from '../../../../site/qr';
import type { VerwijsDoel } from '../../../../domain/verwijzers';
import type { Taal } from '../../../../i18n/vertaal';

export const getStaticPaths = qrPaden;

export const GET: APIRoute = async ({ params, props }) => {
  const svg = await qrSvgBestand(await deepLink((props as { doel: VerwijsDoel }).doel, params.taal as Taal));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};

/**
 * Astro content collections. Every collection is filled from one checked load of the chosen
 * municipality's content (national files plus its own folder), so cross-file errors fail the build
 * with file, field and what was expected, and each record is validated again by its zod schema.
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { bedrag } from './schemas/bedrag';
import { begrip } from './schemas/begrip';
import { bezwaarroute } from './schemas/bezwaarroute';
import { gemeente } from './schemas/gemeente';
import { onderwerp } from './schemas/onderwerp';
import { organisatie } from './schemas/organisatie';
import { plek } from './schemas/plek';
import { polisRegel } from './schemas/polis-regel';
import { zoeksignaal } from './schemas/zoeksignaal';
import { wijkteam } from './schemas/wijkteam';
import { wegwijzerInstellingen } from './schemas/wegwijzer';
import { procedure } from './schemas/procedure';
import { vragenBestand } from './schemas/vraag';
import { meenemen } from './schemas/meenemen';
import { talenBestand } from './schemas/taal';
import { soortPictogrammen } from './schemas/soort-pictogrammen';
import { vertaaldeInhoud } from './schemas/vertaalde-inhoud';
import { laadGekozenInhoud } from './content-model/laad-gekozen-inhoud';
import { isLandelijkeRegel, type Inhoud } from './content-model/laad-inhoud';
import { regel } from './content-model/inhoud-fout';
import { verlopenBedragen, verouderdeRegels } from './content-model/verouderd';

let geladen: Inhoud | undefined;
const inhoud = (): Inhoud => {
  if (!geladen) {
    geladen = laadGekozenInhoud();
    for (const w of [...verouderdeRegels(geladen), ...verlopenBedragen(geladen)]) console.warn(`[inhoud] waarschuwing: ${regel(w)}`);
  }
  return geladen;
};

export const collections = {
  gemeente: defineCollection({
    loader: async () => ({ [inhoud().gemeente.data.slug]: inhoud().gemeente.data }),
    schema: gemeente,
  }),
  polis: defineCollection({
    loader: async () => Object.fromEntries(inhoud().polis.map((p) => [p.slug, p.data])),
    schema: polisRegel,
  }),
  zoeksignalen: defineCollection({
    loader: async () => Object.fromEntries(inhoud().zoeksignalen.map((z) => [z.data.id, z.data])),
    schema: zoeksignaal,
  }),
  // Per entry: national or the municipality's own, and the municipality's local contacts for a national one.
  herkomst: defineCollection({
    loader: async () =>
      Object.fromEntries(
        inhoud().polis.map((p) => {
          const lokaal = inhoud().lokaal.find((l) => l.data.polis === p.slug)?.data;
          return [p.slug, { landelijk: isLandelijkeRegel(p), lokaal: { organisaties: lokaal?.organisaties ?? [], plekken: lokaal?.plekken ?? [] } }];
        }),
      ),
    schema: z.object({ landelijk: z.boolean(), lokaal: z.object({ organisaties: z.array(z.string()), plekken: z.array(z.string()) }) }),
  }),
  bedragen: defineCollection({
    loader: async () => Object.fromEntries(inhoud().bedragen.map((b) => [b.data.sleutel, b.data])),
    schema: bedrag,
  }),
  onderwerpen: defineCollection({
    loader: async () => Object.fromEntries(inhoud().onderwerpen.map((o) => [o.data.id, o.data])),
    schema: onderwerp,
  }),
  begrippen: defineCollection({ loader: async () => Object.fromEntries(inhoud().begrippen.map((b) => [b.data.id, b.data])), schema: begrip }),
  organisaties: defineCollection({
    loader: async () => Object.fromEntries(inhoud().organisaties.map((o) => [o.data.id, o.data])),
    schema: organisatie,
  }),
  plekken: defineCollection({ loader: async () => Object.fromEntries(inhoud().plekken.map((p) => [p.data.id, p.data])), schema: plek }),
  wijkteams: defineCollection({ loader: async () => Object.fromEntries(inhoud().wijkteams.map((w) => [w.data.id, w.data])), schema: wijkteam }),
  wegwijzer: defineCollection({
    loader: async () => ({ instellingen: inhoud().wegwijzer.data }),
    schema: wegwijzerInstellingen,
  }),
  meenemen: defineCollection({
    loader: async () => Object.fromEntries(inhoud().meenemen.map((m) => [m.data.soort, m.data])),
    schema: meenemen,
  }),
  vragen: defineCollection({
    loader: async () => ({ wegwijzer: inhoud().vragen.data }),
    schema: vragenBestand,
  }),
  procedures: defineCollection({
    loader: async () => Object.fromEntries(inhoud().procedures.map((p) => [p.data.id, p.data])),
    schema: procedure,
  }),
  bezwaarroutes: defineCollection({
    loader: async () => Object.fromEntries(inhoud().bezwaarroutes.map((b) => [b.data.id, b.data])),
    schema: bezwaarroute,
  }),
  talen: defineCollection({
    loader: async () => ({ talen: { talen: inhoud().talen.data } }),
    schema: z.object({ talen: talenBestand }),
  }),
  soorten: defineCollection({
    loader: async () => ({ pictogrammen: inhoud().soorten.data }),
    schema: soortPictogrammen,
  }),
  vertalingen: defineCollection({
    loader: async () => Object.fromEntries(inhoud().vertalingen.map((v) => [v.taal, v])),
    schema: vertaaldeInhoud,
  }),
};

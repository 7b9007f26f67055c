/**
 * The wegwijzer's rules, as data on each polis entry: when the entry is considered for a situation
 * (aanleidingen), what must hold for it to fit (voorwaarden, each with its legal basis), and when it
 * is urgent. The engine evaluates these; there is no code per entry.
 */
import { z } from 'zod';
import { grondslag, slug } from './gedeeld';
import { onderwerpId } from './onderwerp';
import { huishoudens, schuldenSoorten, zelfOplossenWaarden } from './situatie';
import { soort } from './polis-regel-soort';

/**
 * A situation pattern; every field given must match (AND). An entry is considered when any of its
 * aanleidingen matches (OR).
 */
export const aanleiding = z
  .object({
    /** One of these topics was chosen. */
    onderwerp: z.array(onderwerpId).min(1).optional(),
    /** The debt situation is one of these. */
    schulden: z.array(z.enum(schuldenSoorten)).min(1).optional(),
    /** The answer to "can you manage it yourself" is one of these. */
    zelfOplossen: z.array(z.enum(zelfOplossenWaarden)).min(1).optional(),
    /** Someone is in danger right now. */
    acuutGevaar: z.literal(true).optional(),
    /** The resident feels unsafe at home. */
    onveiligThuis: z.literal(true).optional(),
    /** Income, household and age are all known (income schemes: no wrong door). */
    inkomenBekend: z.literal(true).optional(),
    /** The advice already has a route of this soort (e.g. cliëntondersteuning next to every wijkteam route). */
    naastRouteVanSoort: soort.optional(),
  })
  .strict()
  .refine((a) => Object.keys(a).length > 0, { error: 'minstens één kenmerk van de situatie' });

const metGrondslag = { grondslag: grondslag.optional() };

/** Something that must hold. Each evaluates to yes, no, or unknown (then the route is "misschien"). */
export const voorwaarde = z.discriminatedUnion(
  'soort',
  [
    z
      .object({
        soort: z.literal('inkomen'),
        /** Key of a percentage in the amounts table: income at most this share of the household's bijstandsnorm. */
        procentVanNorm: slug,
        /** `true`: income must be below the threshold (not equal). */
        lagerDan: z.boolean().default(false),
        ...metGrondslag,
      })
      .strict(),
    z.object({ soort: z.literal('vermogen'), ...metGrondslag }).strict(),
    z
      .object({
        soort: z.literal('leeftijd'),
        /** Lowest age. */
        vanaf: z.number().int().min(0).optional(),
        /** `true`: below the AOW age from the amounts table. */
        onderAowLeeftijd: z.boolean().optional(),
        /** `true`: an unknown age does not lower the certainty (the resident can still go). */
        onbekendIsGoed: z.boolean().default(false),
        ...metGrondslag,
      })
      .strict(),
    z.object({ soort: z.literal('langdurig-laag-inkomen'), ...metGrondslag }).strict(),
    z.object({ soort: z.literal('kinderen'), ...metGrondslag }).strict(),
    z.object({ soort: z.literal('zelf-niet-oplossen'), ...metGrondslag }).strict(),
    z.object({ soort: z.literal('hangt-af-van-kosten'), ...metGrondslag }).strict(),
  ],
  { error: 'een voorwaarde met soort: inkomen, vermogen, leeftijd, langdurig-laag-inkomen, kinderen, zelf-niet-oplossen of hangt-af-van-kosten' },
);

export const wegwijzerRegel = z
  .object({
    /** When this entry is considered; at least one must match. */
    aanleidingen: z.array(aanleiding).min(1, { error: 'een lijst met minstens 1 aanleiding' }),
    /** What must hold for it to fit; all of them. */
    voorwaarden: z.array(voorwaarde).default([]),
    /** The route is urgent when this matches (e.g. schulden: [dreigend]). */
    urgentBij: aanleiding.optional(),
    /** The reason shown when the entry fits because of the situation, e.g. why crisis help comes first. */
    reden: z.string().min(1).optional(),
  })
  .strict();

/** National settings the rules need: which amounts are the norms and limits. */
export const wegwijzerInstellingen = z
  .object({
    /** Bijstandsnorm keys per household kind, below and from AOW age. */
    normen: z
      .object(
        Object.fromEntries(huishoudens.map((h) => [h, z.object({ onderAow: slug, vanafAow: slug }).strict()])) as Record<
          (typeof huishoudens)[number],
          z.ZodObject<{ onderAow: typeof slug; vanafAow: typeof slug }>
        >,
      )
      .strict(),
    /** Key of the AOW age (years). */
    aowLeeftijd: slug,
    /** Vermogensgrens keys per household kind. */
    vermogensgrenzen: z.object(Object.fromEntries(huishoudens.map((h) => [h, slug])) as Record<(typeof huishoudens)[number], typeof slug>).strict(),
    /** Legal basis for the household norms. */
    normGrondslag: grondslag,
  })
  .strict();

export type Aanleiding = z.infer<typeof aanleiding>;
export type Voorwaarde = z.infer<typeof voorwaarde>;
export type WegwijzerRegel = z.infer<typeof wegwijzerRegel>;
export type WegwijzerInstellingen = z.infer<typeof wegwijzerInstellingen>;

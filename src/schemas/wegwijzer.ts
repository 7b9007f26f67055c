/**
 * The wegwijzer's rules, as data on each polis entry: when the entry is considered for a situation
 * (aanleidingen), what must hold for it to fit (voorwaarden, each with its legal basis), and when it
 * is urgent. The engine evaluates these; there is no code per entry.
 */
import { z } from 'zod';
import { grondslag, slug } from './gedeeld';
import { onderwerpId } from './onderwerp';
import { huishoudens, schuldenSoorten, woonsituaties, zelfOplossenWaarden } from './situatie';
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
    /** The household is one of these. */
    huishouden: z.array(z.enum(huishoudens)).min(1).optional(),
    /** v2: the person is known to be younger than this age (e.g. 18: jeugdhulp instead of Wmo support). */
    leeftijdOnder: z.number().int().min(1).max(121).optional(),
    /** v2: the resident studies (studiefinanciering or WTOS). */
    studeert: z.literal(true).optional(),
    /** v2: the resident is self-employed. */
    zelfstandige: z.literal(true).optional(),
    /** v2: the resident holds a residence permit as a refugee (or family member of one). */
    statushouder: z.literal(true).optional(),
    /** v2: the housing situation is one of these. */
    woonsituatie: z.array(z.enum(woonsituaties)).min(1).optional(),
    /** Issue 15: the resident's partner died (Anw). */
    partnerOverleden: z.literal(true).optional(),
    /** Issue 15: the resident needs care or supervision close by all day, for good (Wlz). */
    zorgHeleDag: z.literal(true).optional(),
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
        /**
         * Which norm the percentage applies to: `huishouden` the household's norm (single or couple, the
         * AOW-age norm when the person or the partner has AOW age); `bijstand` the norm the Participatiewet
         * gives this person (youth norms 18–20, kostendelersnorm); `aow` always the AOW-age norm.
         */
        norm: z.enum(['huishouden', 'bijstand', 'aow']).default('huishouden'),
        /** `misschien`: above the limit the entry stays a route, "misschien" (bijzondere bijstand: draagkracht, Pw art. 35). */
        bovenGrens: z.enum(['nee', 'misschien']).default('nee'),
        ...metGrondslag,
      })
      .strict(),
    z
      .object({
        soort: z.literal('vermogen'),
        /**
         * `true`: the bijstand limit is only an upper bound; this scheme's own limit is lower and not in
         * the table (kwijtschelding): above it means no, below it stays unknown.
         */
        alleenBovengrens: z.boolean().default(false),
        ...metGrondslag,
      })
      .strict(),
    z
      .object({
        soort: z.literal('leeftijd'),
        /** Lowest age. */
        vanaf: z.number().int().min(0).optional(),
        /** Below this age (e.g. 18). */
        jongerDan: z.number().int().min(1).optional(),
        /** `true`: below the AOW age from the amounts table; for a couple, both partners. */
        onderAowLeeftijd: z.boolean().optional(),
        /** `true`: from the AOW age; for a couple, either partner (AIO). */
        vanafAowLeeftijd: z.boolean().optional(),
        /** `true`: an unknown age does not lower the certainty (the resident can still go). */
        onbekendIsGoed: z.boolean().default(false),
        ...metGrondslag,
      })
      .strict(),
    z.object({ soort: z.literal('langdurig-laag-inkomen'), ...metGrondslag }).strict(),
    z.object({ soort: z.literal('kinderen'), ...metGrondslag }).strict(),
    z.object({ soort: z.literal('zelf-niet-oplossen'), ...metGrondslag }).strict(),
    z.object({ soort: z.literal('hangt-af-van-kosten'), ...metGrondslag }).strict(),
    z
      .object({
        soort: z.literal('kenmerk'),
        /** A yes/no fact of the Situatie. */
        veld: z.enum(['studeert', 'zelfstandige', 'statushouder', 'partnerOverleden', 'zorgHeleDag']),
        /** What it must be; the opposite answer means no. Not asked: no effect. */
        moet: z.boolean(),
        ...metGrondslag,
      })
      .strict(),
    /**
     * The resident rents their home (huurtoeslag): a rented home is yes; an owned home or no fixed
     * place is no; living in someone else's home or not asked is unknown.
     */
    z.object({ soort: z.literal('huurt'), ...metGrondslag }).strict(),
    z
      .object({
        soort: z.literal('onderhoudsplicht-ouders'),
        /** Below this age parents must support their child (Pw art. 12): at most "misschien". */
        totLeeftijd: z.number().int().min(1),
        ...metGrondslag,
      })
      .strict(),
    z
      .object({
        soort: z.literal('beoordeling'),
        /** What the office weighs that the wegwijzer cannot know: always "misschien", with this reason. */
        wat: z.enum([
          'draagkracht',
          'woonlasten-en-bezit',
          'bedrijf',
          'uitzicht',
          // Issue 15: what a national agency decides and computes.
          /** Dienst Toeslagen: income and assets over the whole year (the proefberekening). */
          'toeslag',
          /** Kinderopvangtoeslag: registered childcare, and the parents work, study or follow a trajectory. */
          'opvang-en-werk',
          /** Anw: a child under 18, or at least 45 % unable to work; the SVB decides. */
          'nabestaande',
          /** Wlz: permanent supervision or care close by all day, for good; the CIZ decides. */
          'blijvende-zorg',
          /** Voedselbank: what is left after fixed costs, against the food bank's own norm. */
          'leefgeld',
          /** Valys: a transport pass for regiotaxi (Wmo) or another mobility indication. */
          'vervoerspas',
        ]),
        ...metGrondslag,
      })
      .strict(),
  ],
  {
    error:
      'een voorwaarde met soort: inkomen, vermogen, leeftijd, langdurig-laag-inkomen, kinderen, zelf-niet-oplossen, hangt-af-van-kosten, kenmerk, huurt, onderhoudsplicht-ouders of beoordeling',
  },
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

/** The norm keys of one household kind. */
const huishoudNormen = z
  .object({
    /** 21 to AOW age. */
    onderAow: slug,
    /** From AOW age (for a couple: when either partner has it). */
    vanafAow: slug,
    /** 18–20 (for a couple: both partners under 21). */
    jongeren: slug.optional(),
    /** Couple where this person is 18–20 and the partner 21 or older. */
    jongerenPartnerOuder: slug.optional(),
  })
  .strict();

/** National settings the rules need: which amounts are the norms and limits. */
export const wegwijzerInstellingen = z
  .object({
    /** Bijstandsnorm keys per household kind, WITHOUT holiday allowance (income is asked without it). */
    normen: z.object(Object.fromEntries(huishoudens.map((h) => [h, huishoudNormen])) as Record<(typeof huishoudens)[number], typeof huishoudNormen>).strict(),
    /** Key of the AOW age (years). */
    aowLeeftijd: slug,
    /** Vermogensgrens keys per household kind. */
    vermogensgrenzen: z.object(Object.fromEntries(huishoudens.map((h) => [h, slug])) as Record<(typeof huishoudens)[number], typeof slug>).strict(),
    /** Legal basis for the household norms. */
    normGrondslag: grondslag,
    /** Legal basis of the kostendelersnorm (Pw art. 22a); its formula uses the couple norm below AOW age. */
    kostendelersGrondslag: grondslag,
    /** Age from which people who share the home count for the kostendelersnorm. */
    kostendelersVanaf: z.number().int().min(18),
  })
  .strict();

export type Aanleiding = z.infer<typeof aanleiding>;
export type Voorwaarde = z.infer<typeof voorwaarde>;
export type WegwijzerRegel = z.infer<typeof wegwijzerRegel>;
export type WegwijzerInstellingen = z.infer<typeof wegwijzerInstellingen>;

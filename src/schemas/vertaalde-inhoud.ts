/**
 * The content in one language other than Dutch, as the build stores it: every record in the shape
 * of its Dutch schema (translated text, Dutch ids, amounts and rules), with how it was translated.
 */
import { z } from 'zod';
import { begrip } from './begrip';
import { bezwaarroute } from './bezwaarroute';
import { taal } from './gedeeld';
import { gemeente } from './gemeente';
import { meenemen } from './meenemen';
import { onderwerp } from './onderwerp';
import { organisatie } from './organisatie';
import { plek } from './plek';
import { polisRegel } from './polis-regel';
import { procedure } from './procedure';
import { vragenBestand } from './vraag';
import { wijkteam } from './wijkteam';
import { slug } from './gedeeld';

export const vertaalInfo = z
  .object({
    /** `vertaald`: all text translated; `deels`: some fields show Dutch; `ontbreekt`: the record shows Dutch. */
    status: z.enum(['vertaald', 'deels', 'ontbreekt']),
    /** How the translation was made (absent when there is none). */
    gemaakt: z.enum(['machine', 'mens']).optional(),
    /** Whether a person reviewed the translation. */
    nagekeken: z.boolean(),
    /** Field paths that show the Dutch text; `''` means the whole record. */
    nlVelden: z.array(z.string()),
  })
  .strict();

const vertaald = <T extends z.ZodType>(schema: T) => z.object({ data: schema, info: vertaalInfo }).strict();

export const vertaaldeInhoud = z
  .object({
    /** The language of this translation. */
    taal,
    /** The municipality profile (only contact hours are translated). */
    gemeente: vertaald(gemeente),
    /** Every polis entry, in the source's order. */
    polis: z.array(vertaald(polisRegel).extend({ slug })),
    /** Every record of the list files, in the source's order. */
    lijsten: z
      .object({
        begrippen: z.array(vertaald(begrip)),
        onderwerpen: z.array(vertaald(onderwerp)),
        organisaties: z.array(vertaald(organisatie)),
        bezwaarroutes: z.array(vertaald(bezwaarroute)),
        procedures: z.array(vertaald(procedure)),
        meenemen: z.array(vertaald(meenemen)),
        plekken: z.array(vertaald(plek)),
        wijkteams: z.array(vertaald(wijkteam)),
      })
      .strict(),
    /** The wegwijzer's questions, with the status of each question. */
    vragen: vertaald(vragenBestand).extend({ perVraag: z.record(z.string(), vertaalInfo) }),
  })
  .strict();

export type VertaalInfo = z.infer<typeof vertaalInfo>;
export type VertaaldeInhoud = z.infer<typeof vertaaldeInhoud>;

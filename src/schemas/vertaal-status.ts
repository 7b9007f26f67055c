/**
 * How a translation was made and whether a person has reviewed it. Every translation file starts
 * with these fields; a page built from an unreviewed translation says so in its own language.
 */
import { z } from 'zod';
import { datum, tekst } from './gedeeld';

/** The fields themselves, so a translation file can put them beside its text. */
export const vertaalStatusVelden = {
    /** `machine`: made with a translation program or language model; `mens`: written by a translator. */
    gemaakt: z.enum(['machine', 'mens'], { error: 'machine of mens' }),
    /** `true` only when a person who knows the language well has read and corrected it. */
    nagekeken: z.boolean({ error: 'true of false' }),
    /** Who reviewed it (a name or a role); required when `nagekeken` is true. */
    nagekekenDoor: tekst.optional(),
    /** When it was reviewed; required when `nagekeken` is true. */
    nagekekenOp: datum.optional(),
};

/** A reviewed translation names who reviewed it and when, so "nagekeken" can be traced. */
export function metNagekekenDoorEnOp<T extends z.ZodType<{ nagekeken: boolean; nagekekenDoor?: string; nagekekenOp?: string }>>(schema: T) {
  return schema.refine((s) => !s.nagekeken || Boolean(s.nagekekenDoor && s.nagekekenOp), {
    error: 'nagekekenDoor en nagekekenOp bij nagekeken: true',
    path: ['nagekeken'],
  });
}

export const vertaalStatus = metNagekekenDoorEnOp(z.object(vertaalStatusVelden).strict());

export type VertaalStatus = z.infer<typeof vertaalStatus>;

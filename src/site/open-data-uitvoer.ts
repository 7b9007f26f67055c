/**
 * Writing the open-data files: parse against the published schema first (so the build stops,
 * naming the field, when data and schema drift), then 2-space JSON.
 */
import type { z } from 'zod';

export function valideer<T extends z.ZodType>(schema: T, data: unknown, bestand: string): z.infer<T> {
  const uitkomst = schema.safeParse(data);
  if (!uitkomst.success) {
    const regels = uitkomst.error.issues.map((i) => `  ${i.path.join('.') || '(geheel)'}: ${i.message}`);
    throw new Error(`${bestand} past niet bij zijn schema:\n${regels.join('\n')}`);
  }
  return uitkomst.data;
}

export function jsonAntwoord(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** `npm run advies`: the contract's command, with good and with bad input. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { advies as adviesSchema } from '../../src/schemas/advies';

function advies(invoer: string, args: string[] = ['--datum', '2026-06-01']) {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/advies.ts', ...args], { input: invoer, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run advies', () => {
  it('geeft een Advies als JSON, exit 0', () => {
    const r = advies(JSON.stringify({ onderwerpen: ['huishouden'], zelfOplossen: 'nee', postcode: '9915 AB' }));
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout);
    expect(adviesSchema.safeParse(a).success).toBe(true);
    expect(a).toMatchObject({ gemeente: 'voorbeeld', datum: '2026-06-01', wijkteam: { slug: 'wijkteam-centrum' } });
  });

  const slecht: [string, string, string][] = [
    ['geen JSON', '{onderwerpen:', 'situatie: moet geldige JSON zijn'],
    ['geen object', '[1,2]', 'situatie: moet een JSON-object zijn'],
    ['onderwerpen ontbreekt', '{}', 'onderwerpen: '],
    ['lege onderwerpen', '{"onderwerpen":[]}', 'onderwerpen: moet minstens één onderwerp bevatten'],
    ['onbekend onderwerp', '{"onderwerpen":["geld"]}', 'onderwerpen[0]: moet een van deze waarden zijn'],
    ['negatief inkomen', '{"onderwerpen":["werk"],"nettoInkomenPerMaand":-5}', 'nettoInkomenPerMaand: moet een getal van 0 of meer zijn (gekregen: -5)'],
    ['inkomen als tekst', '{"onderwerpen":["werk"],"nettoInkomenPerMaand":"1500"}', 'nettoInkomenPerMaand: moet een getal van 0 of meer zijn (gekregen: "1500")'],
    ['leeftijd te hoog', '{"onderwerpen":["werk"],"leeftijd":130}', 'leeftijd: moet een heel getal van 0 tot en met 120 zijn (gekregen: 130)'],
    ['leeftijd geen heel getal', '{"onderwerpen":["werk"],"leeftijd":40.5}', 'leeftijd: moet een heel getal'],
    ['onbekend huishouden', '{"onderwerpen":["werk"],"huishouden":"gezin"}', 'huishouden: moet een van deze waarden zijn: alleenstaand, alleenstaande-ouder'],
    ['onbekende schuldenwaarde', '{"onderwerpen":["werk"],"schulden":"veel"}', 'schulden: moet een van deze waarden zijn'],
    ['boolean als tekst', '{"onderwerpen":["werk"],"acuutGevaar":"ja"}', 'acuutGevaar: moet true of false zijn (gekregen: "ja")'],
    ['verkeerde postcode', '{"onderwerpen":["werk"],"postcode":"AB1234"}', 'postcode: moet een postcode zijn'],
    ['onbekend veld', '{"onderwerpen":["werk"],"inkomen":1500}', 'inkomen: is geen veld van de situatie'],
    ['negatief aantal kinderen', '{"onderwerpen":["werk"],"kinderen":-1}', 'kinderen: moet een heel getal van 0 of meer zijn'],
  ];
  for (const [naam, invoer, melding] of slecht)
    it(`exit 2 bij ${naam}`, () => {
      const r = advies(invoer);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(melding);
    });

  it('één regel per fout', () => {
    const r = advies('{"onderwerpen":["werk"],"leeftijd":-1,"vermogen":-2}');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('slechte opties: exit 2', () => {
    expect(advies('{"onderwerpen":["werk"]}', ['--datum', '24-11-2026']).stderr).toContain('--datum: moet een datum als JJJJ-MM-DD zijn');
    expect(advies('{"onderwerpen":["werk"]}', ['--onzin']).status).toBe(2);
  });
});

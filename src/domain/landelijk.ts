/**
 * A national entry: every contact is a national organisation (112, Veilig Thuis, SVB, DUO, …), with
 * no local place or wijkteam. It serves the whole country, residents of this municipality or not.
 */
interface Contact {
  organisaties: readonly string[];
  plekken: readonly string[];
  wijkteam: boolean;
}

export function contactIsLandelijk(c: Contact, isLandelijkeOrganisatie: (id: string) => boolean): boolean {
  return c.organisaties.length > 0 && c.plekken.length === 0 && !c.wijkteam && c.organisaties.every(isLandelijkeOrganisatie);
}

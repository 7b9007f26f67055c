/**
 * Which pages are about safety at home and so carry "exit this page": the topic itself, every entry
 * filed under it, and wegwijzer pages on that topic or whose advice holds crisis help.
 */
export const onderwerpVeiligThuis = 'veiligheid';

export function overVeiligThuis(onderwerpen: readonly string[]): boolean {
  return onderwerpen.includes(onderwerpVeiligThuis);
}

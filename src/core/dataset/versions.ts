/** Dataset versions are dotted numbers ("1.2.0"); "1.2" reads as "1.2.0", as a person writes it or Excel types 1.2. */
export function versionParts(version: string): number[] | null {
  const text = version.trim().replace(/^v/i, '');
  if (!/^\d+(\.\d+){0,2}$/.test(text)) return null;
  const parts = text.split('.').map(Number);
  while (parts.length < 3) parts.push(0);
  return parts;
}

/**
 * Orders versions numerically part by part ("1.10.0" after "1.9.0"). A label that is not a dotted number (a test
 * dataset's "t") sorts by its text, after every numbered one, so that it never passes for an older release.
 */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [versionParts(a), versionParts(b)];
  if (!pa || !pb) return pa ? -1 : pb ? 1 : a.localeCompare(b);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

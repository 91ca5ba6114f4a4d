/**
 * Why a record's source address cannot be shown to users, or null when it can. Addresses come from a web index
 * that also stores probes other people sent to sites (one came back as `.../$%7B@phpinfo()%7D?u=...`); the
 * product prints and links the address as it is, so an address carrying script or template text is refused, as is
 * anything that is not a plain http(s) address.
 */
export function sourceAddressProblem(address: string | undefined): string | null {
  if (!address || !/^https?:\/\/\S+$/.test(address)) return 'Missing or malformed source address';
  let decoded: string;
  try {
    new URL(address);
    decoded = decodeURIComponent(address);
  } catch {
    return `Source address '${address}' is not a well-formed URL`;
  }
  const probe = /\$\{|<|>|javascript:|phpinfo\(|[\u0000-\u001f]/i.exec(decoded);
  return probe ? `Source address '${address}' carries script or template text ('${probe[0]}'): find the page at a clean address` : null;
}

/** A random session id; crypto.getRandomValues works outside secure contexts too (a classroom LAN). Not simulation randomness. */
export function newSessionId(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

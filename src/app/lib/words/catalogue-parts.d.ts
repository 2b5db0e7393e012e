// A catalogue imported by part (`catalogues/en.json?part=core`) is compiled and split by the build
// (vite.config.ts, icuCatalogues); its messages are ICU ASTs or plain text, by key.
declare module '*.json?part=core' {
  const messages: Readonly<Record<string, unknown>>;
  export default messages;
}
declare module '*.json?part=lazy' {
  const messages: Readonly<Record<string, unknown>>;
  export default messages;
}

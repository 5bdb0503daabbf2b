// The spec's four URL patterns (ImageLocation, VideoLocation, AudioLocation,
// UploadLocation), composed from ONE grammar of an http(s) URL. The grammar admits only
// URLs that the WHATWG URL parser accepts (the parser every fetching client uses), so a
// URL that matches is one the mock, and any server, can read; the mock checks nothing
// more about a URL's syntax. What it leaves out, on purpose: userinfo (`user@`), IDN and
// punycode hosts (an invalid `xn--` label fails to parse), a last label that is a number
// (`example.123` is parsed as an IPv4 address and fails), ports above 65535, and
// whitespace. `make generate` writes the patterns; `--check` compares them.

const LABEL = '[A-Za-z0-9_]+(-[A-Za-z0-9_]+)*';
/** The last label starts with a letter: a numeric one makes the parser read an IPv4 address. */
const TOP_LABEL = '[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*';
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])';
const IPV4 = `${OCTET}(\\.${OCTET}){3}`;
const H16 = '[0-9A-Fa-f]{1,4}';
const LS32 = `${H16}:${H16}`;
/**
 * RFC 3986 IPv6address, bracketed as in a URL (the mock's own `http://[::1]:4010`), without
 * a zone id or an IPv4 tail (`[::ffff:1.2.3.4]`), which nobody sends to an API.
 */
const IPV6 = [
  `(${H16}:){6}${LS32}`,
  `::(${H16}:){5}${LS32}`,
  `(${H16})?::(${H16}:){4}${LS32}`,
  `((${H16}:){0,1}${H16})?::(${H16}:){3}${LS32}`,
  `((${H16}:){0,2}${H16})?::(${H16}:){2}${LS32}`,
  `((${H16}:){0,3}${H16})?::${H16}:${LS32}`,
  `((${H16}:){0,4}${H16})?::${LS32}`,
  `((${H16}:){0,5}${H16})?::${H16}`,
  `((${H16}:){0,6}${H16})?::`,
].join('|');
const HOST = `((${LABEL}\\.)*${TOP_LABEL}|${IPV4}|\\[(${IPV6})\\])`;
const PORT = '(6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})';
/** After the authority the parser never fails: any path, query or fragment without whitespace. */
export const HTTP_URL = `https?://${HOST}(:${PORT})?([/?#]\\S*)?`;
/** Base64 (RFC 4648 alphabet), padding only at the end. */
const BASE64 = '[A-Za-z0-9+/]+={0,2}';

export const URL_PATTERNS = {
  ImageLocation: `^(${HTTP_URL}|data:image/(jpeg|jpg|png|webp);base64,${BASE64})$`,
  VideoLocation: `^(${HTTP_URL}|data:video/mp4;base64,${BASE64})$`,
  AudioLocation: `^(${HTTP_URL}|data:audio/[a-z][a-z0-9.+-]*;base64,${BASE64})$`,
  UploadLocation: `^${HTTP_URL}$`,
};

/** [path, value] pairs for scripts/generate-spec.mjs. */
export function urlPatternValues() {
  return Object.entries(URL_PATTERNS).map(([schema, pattern]) => [['components', 'schemas', schema, 'pattern'], pattern]);
}

// The nesting limit of a request body, apart from the scanner that enforces it (which
// loads on demand): the read stage bounds a body's depth cheaply before it asks for it.
/** Far deeper than any request the spec describes (keyframes[].image.url is 4); protobuf's usual recursion limit. */
export const MAX_JSON_DEPTH = 100;

/**
 * JSON-LD inside a `<script>` element. Pure.
 */

/**
 * JSON that cannot end its `<script>` element early: `<` (so `</script` and `<!--`) and the line
 * separators U+2028/U+2029 are written as JSON escapes, which parse back to the same text.
 */
export function jsonInScript(waarde: unknown): string {
  return JSON.stringify(waarde, null, 2)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

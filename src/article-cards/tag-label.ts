/**
 * A topic as a person reads it: feeds often write tags as one PascalCase word
 * ("IntensiveOutpatientProgram"), which runs together on a button. Display only: filtering and the
 * `tags` attribute still use the tag as written. Capitals that form an acronym stay together
 * ("IOP", "DBTSkills" -> "DBT Skills"); a tag with spaces, or starting in lower case ("iPhone"),
 * is left as it is.
 */
export function tagLabel(tag: string): string {
  // ASCII tags, most of them, skip the Unicode property classes: a first \p{} regex in a page
  // costs some milliseconds (its ICU data loads). For ASCII text both give the same result
  // (test/unit/tag-label.test.ts).
  if (!/[^\0-\x7f]/.test(tag)) return /^[A-Z]\S*$/.test(tag) ? tag.replace(/([a-z\d])(?=[A-Z])|([A-Z])(?=[A-Z][a-z])/g, '$1$2 ') : tag;
  return unicodeTagLabel(tag);
}

/** tagLabel for any text, with Unicode letters and digits. */
export function unicodeTagLabel(tag: string): string {
  if (!/^\p{Lu}\S*$/u.test(tag)) return tag;
  return tag.replace(/(\p{Ll}|\p{N})(?=\p{Lu})|(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1$2 ');
}

/**
 * A topic as a person reads it: feeds often write tags as one PascalCase word
 * ("IntensiveOutpatientProgram"), which runs together on a button. Display only: filtering and the
 * `tags` attribute still use the tag as written. Capitals that form an acronym stay together
 * ("IOP", "DBTSkills" -> "DBT Skills"); a tag with spaces, or starting in lower case ("iPhone"),
 * is left as it is.
 */
export function tagLabel(tag: string): string {
  if (!/^\p{Lu}\S*$/u.test(tag)) return tag;
  return tag.replace(/(\p{Ll}|\p{N})(?=\p{Lu})|(\p{Lu})(?=\p{Lu}\p{Ll})/gu, '$1$2 ');
}
